package io.wirefeed.monitor;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.Mention;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.EnrichedStory.PersonTag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Enriched records for the monitor's tests, built as the enrich stage would tag short stories of our own. */
final class TestStories {
    private TestStories() {}

    static PersonTag person(String id, String name, String country) {
        return new PersonTag(name, id, List.of(), country, 1, true);
    }

    static OrganisationTag org(String id, String name) {
        return new OrganisationTag(name, id, "igo", null, 1, true);
    }

    static EnrichedStory story(String id, Instant at, List<String> countries, List<String> regions, List<PersonTag> people,
            List<OrganisationTag> orgs) {
        List<Mention> mentions = new ArrayList<>();
        for (PersonTag p : people) {
            String last = p.name().substring(p.name().lastIndexOf(' ') + 1);
            mentions.add(new Mention(0, last.length(), last, "person", p.id()));
        }
        return new EnrichedStory(id, 1, "Headline of " + id, "Body of " + id + ".", "en", "testwire", "plain", "BELGRADE",
                at, at, countries, regions, new EnrichedStory.Focus(countries.subList(0, Math.min(1, countries.size())), regions),
                List.of(), people, orgs, mentions, new EnrichedStory.TaggerInfo("test", "test"));
    }

    static EnrichedStory serbia(String id, Instant at) {
        return story(id, at, List.of("RS"), List.of("western-balkans", "europe"),
                List.of(person("person:aleksandar-vucic", "Aleksandar Vučić", "RS")), List.of(org("org:eu", "European Union")));
    }
}
