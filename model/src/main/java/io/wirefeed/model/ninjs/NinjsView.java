package io.wirefeed.model.ninjs;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.EnrichedStory.PlaceTag;
import io.wirefeed.model.ninjs.NinjsDocument.AltId;
import io.wirefeed.model.ninjs.NinjsDocument.InfoSource;
import io.wirefeed.model.ninjs.NinjsDocument.Item;
import io.wirefeed.model.ninjs.NinjsDocument.Standard;
import io.wirefeed.model.ninjs.NinjsDocument.Subject;
import io.wirefeed.model.ninjs.NinjsDocument.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ninjs view of an enriched story, written by enrich to {@code wire.enriched.ninjs} and printed by
 * {@code wirefeed tag --format ninjs}. Identifiers (the README's "Newsroom output: ninjs" documents them):
 * <ul>
 *   <li>people, organisations, regions, and a story without a URI of its own: {@code urn:wirefeed:<id>}, from
 *       wirefeed's stable ids ({@code urn:wirefeed:person:aleksandar-vucic}, {@code urn:wirefeed:org:eu},
 *       {@code urn:wirefeed:region:western-balkans}, {@code urn:wirefeed:story:ibna:3488972e99c65b2e1335});
 *       a name the knowledge base lacks has no URI, only its id as {@code literal};</li>
 *   <li>places from GeoNames data: {@code https://sws.geonames.org/<id>/};</li>
 *   <li>countries with an ISO 3166-1 code: {@code https://www.iso.org/obp/ui/#iso:code:3166:<code>}; Kosovo's
 *       XK, which ISO has not assigned, {@code urn:wirefeed:country:XK}.</li>
 * </ul>
 * Subjects the story is about (the record's {@code focus}) have {@code rel} "focus", the others "mentioned".
 */
public final class NinjsView {
    public static final String URN = "urn:wirefeed:";
    public static final String REL_FOCUS = "focus";
    public static final String REL_MENTIONED = "mentioned";
    /** The {@code rel} of news agencies and outlets: named as sources of the story, not as its actors. */
    public static final String REL_SOURCE = "source";
    public static final String ALTID_ROLE = "wirefeed";

    private static final String GEONAMES = "https://sws.geonames.org/";
    private static final String ISO_3166 = "https://www.iso.org/obp/ui/#iso:code:3166:";
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());
    private static final Set<String> STORY_URI_SCHEMES = Set.of("http", "https", "urn", "tag");
    private static final Set<String> MEDIA = Set.of("agency", "media", "broadcaster");
    private static final String PLAIN = "text/plain";

    private final NinjsVersion version;
    private final SubjectNames names;

    public NinjsView(NinjsVersion version, SubjectNames names) {
        this.version = version;
        this.names = names;
    }

    public NinjsVersion version() {
        return version;
    }

    public NinjsDocument document(EnrichedStory s) {
        return new NinjsDocument(
                storyUri(s.id()),
                "text",
                "full",
                Integer.toString(s.version()),
                s.versioncreated(),
                s.language(),
                text(s.headline()),
                text(s.bodyText()),
                blankToNull(s.byline()),
                blankToNull(s.dateline()),
                people(s.people()),
                organisations(s.organisations()),
                places(s.places()),
                subjects(s),
                infoSources(s),
                List.of(new AltId(ALTID_ROLE, s.id())),
                new Standard("ninjs", version.number(), version.schemaUri()));
    }

    /** The story's own id when it is an http(s), urn or tag URI (a ninjs uri, a NewsML-G2 guid), else a wirefeed URN. */
    static String storyUri(String id) {
        try {
            URI uri = new URI(id);
            if (uri.isAbsolute() && STORY_URI_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                return id;
            }
        } catch (URISyntaxException e) {
            // not a URI: a wirefeed URN names it below
        }
        return urn("story:" + id);
    }

    /** {@code urn:wirefeed:} + the id, characters a URN may not hold percent-encoded (UTF-8). */
    static String urn(String id) {
        StringBuilder b = new StringBuilder(URN);
        for (byte octet : id.getBytes(StandardCharsets.UTF_8)) {
            int c = octet & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:!$&'()*+,;=@/".indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }

    static String countryUri(String code) {
        return ISO_CODES.contains(code) ? ISO_3166 + code : urn("country:" + code);
    }

    private static List<Text> text(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(new Text("main", PLAIN, value));
    }

    private static List<Item> people(List<PersonTag> people) {
        List<Item> items = new ArrayList<>();
        for (PersonTag p : nonNull(people)) {
            String rel = p.roles() == null || p.roles().isEmpty() ? null : String.join("; ", p.roles());
            items.add(item(p.name(), rel, p.id(), p.inKb()));
        }
        return items;
    }

    private static List<Item> organisations(List<OrganisationTag> organisations) {
        List<Item> items = new ArrayList<>();
        for (OrganisationTag o : nonNull(organisations)) {
            items.add(item(o.name(), o.kind() != null && MEDIA.contains(o.kind()) ? REL_SOURCE : null, o.id(), o.inKb()));
        }
        return items;
    }

    /** Known to the knowledge base: a URI; found only by its form: the id as a literal, no identity promised. */
    private static Item item(String name, String rel, String id, boolean inKb) {
        if (id == null) {
            return new Item(name, rel, null, null);
        }
        return inKb ? new Item(name, rel, urn(id), null) : new Item(name, rel, null, id);
    }

    private static List<Item> places(List<PlaceTag> places) {
        List<Item> items = new ArrayList<>();
        for (PlaceTag p : nonNull(places)) {
            String uri = null;
            if (p.uri() != null && p.uri().startsWith("geonames:")) {
                uri = GEONAMES + p.uri().substring("geonames:".length()) + "/";
            } else if ("country".equals(p.kind()) && p.country() != null) {
                uri = countryUri(p.country());
            }
            items.add(new Item(p.name(), null, uri, null));
        }
        return items;
    }

    private List<Subject> subjects(EnrichedStory s) {
        var focus = s.focus() == null ? new EnrichedStory.Focus(List.of(), List.of()) : s.focus();
        List<Subject> subjects = new ArrayList<>();
        for (String code : nonNull(s.countries())) {
            subjects.add(new Subject(names.country(code), rel(nonNull(focus.countries()).contains(code)),
                    countryUri(code), code));
        }
        for (String slug : nonNull(s.regions())) {
            subjects.add(new Subject(names.region(slug), rel(nonNull(focus.regions()).contains(slug)),
                    urn("region:" + slug), slug));
        }
        return subjects;
    }

    private static String rel(boolean focus) {
        return focus ? REL_FOCUS : REL_MENTIONED;
    }

    /** The wire service, named as the knowledge base names it when it knows it ({@code org:<provider>}). */
    private static List<InfoSource> infoSources(EnrichedStory s) {
        if (s.provider() == null || s.provider().isBlank()) {
            return List.of();
        }
        String id = "org:" + s.provider();
        for (OrganisationTag o : nonNull(s.organisations())) {
            if (id.equals(o.id()) && o.inKb()) {
                return List.of(new InfoSource(o.name(), urn(id), s.provider()));
            }
        }
        return List.of(new InfoSource(s.provider(), null, s.provider()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
