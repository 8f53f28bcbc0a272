package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBase.Membership;
import io.wirefeed.enrich.kb.KnowledgeBase.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rolls countries up to regions: UN M49 subregions and continents, and curated groups (western-balkans,
 * balkans, former-yugoslavia, eu) with membership dates. Output order: curated groups first, then M49
 * from the narrowest up, so the most specific slugs lead.
 */
public final class RegionTaxonomy {
    private final Map<String, Region> bySlug = new HashMap<>();
    /** country code → the regions it belongs to, each with the dates of that membership */
    private final Map<String, List<Map.Entry<Region, Membership>>> byMember = new HashMap<>();

    public RegionTaxonomy(KnowledgeBase kb) {
        for (Region r : kb.regions()) {
            bySlug.put(r.slug(), r);
            for (Membership m : r.members()) {
                byMember.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(Map.entry(r, m));
            }
        }
    }

    /** Every region the countries belong to on {@code day}, with the ancestors of each. */
    public List<String> regionsOf(Collection<String> countries, LocalDate day) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> m49 = new LinkedHashSet<>();
        for (String code : countries) {
            for (Map.Entry<Region, Membership> e : byMember.getOrDefault(code, List.of())) {
                if (e.getValue().validOn(day)) {
                    (isGroup(e.getKey()) ? groups : m49).add(e.getKey().slug());
                }
            }
        }
        Set<String> out = new LinkedHashSet<>(groups);
        out.addAll(withAncestors(m49));
        return List.copyOf(out);
    }

    /** The slugs and every containing region of each. */
    public Set<String> withAncestors(Collection<String> slugs) {
        Set<String> out = new LinkedHashSet<>(slugs);
        for (String s : slugs) {
            Region r = bySlug.get(s);
            int guard = 0;
            while (r != null && r.parent() != null && guard++ < 10) {
                out.add(r.parent());
                r = bySlug.get(r.parent());
            }
        }
        return out;
    }

    public boolean contains(String slug, String country, LocalDate day) {
        Region r = bySlug.get(slug);
        return r != null && r.members().stream().anyMatch(m -> m.code().equals(country) && m.validOn(day));
    }

    private static boolean isGroup(Region r) {
        return "group".equals(r.kind());
    }
}
