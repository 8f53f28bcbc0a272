package io.wirefeed.enrich.tagging;

import static io.wirefeed.enrich.tagging.StoryPasses.Upto.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The roles pass: the roles the text states around each known person's name. */
class RolesPassTest {

    private static Reading person(Draft d) {
        return d.accepted.stream().filter(r -> r.person != null).findFirst().orElseThrow();
    }

    @Test
    void aTitleBeforeTheNameIsTheRole() {
        Draft d = StoryPasses.run(ROLES, "Talks", "Serbian Foreign Minister Mira Jovanović arrived in Tirana.");
        assertThat(person(d).roles).containsExactly("Foreign Minister");
    }

    @Test
    void aTitleInAnAppositionAfterTheNameIsTheRole() {
        Draft d = StoryPasses.run(ROLES, "Talks", "Mira Jovanović, the foreign minister, arrived in Tirana.");
        assertThat(person(d).roles).containsExactly("Foreign Minister");
    }

    @Test
    void aFormerTitleIsNoRoleTheyHold() {
        Draft d = StoryPasses.run(ROLES, "Talks", "Former Foreign Minister Mira Jovanović arrived in Tirana.");
        assertThat(person(d).roles).isEmpty();
    }

    @Test
    void aNameWithoutATitleAroundItHasNoStatedRole() {
        Draft d = StoryPasses.run(ROLES, "Talks", "Mira Jovanović arrived in Tirana.");
        assertThat(person(d).roles).isEmpty();
    }
}
