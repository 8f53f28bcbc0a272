package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory.PersonTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A given name in a South Slavic case is still a given name: it opens an unknown person's name, it is no known
 * person's surname, and the surname after it is no known person's either.
 */
class DeclinedGivenNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> people(String language, String body) {
        return TestTagger.personNames(language, body, DAY);
    }

    @Test
    void aDeclinedGivenNameIsNoKnownPersonsSurname() {
        // the knowledge base has António Costa, written "Košta" in Serbian
        assertThat(people("sr-Latn", "Ministar je u Beogradu razgovarao sa Kostom Kostićem o ugovoru. Kostić je rekao da "
                + "će pogon raditi od jeseni.")).containsExactly("Kosta Kostić");
        assertThat(people("sr-Cyrl", "Министар је у Београду разговарао са Костом Костићем о уговору."))
                .containsExactly("Kosta Kostić");
    }

    @Test
    void aMansGivenNameDeclinedLikeAWomansIsTheKnownPersonsWithHisSurnameDeclined() {
        // Aleksandra, Marjana: a woman's name and the genitive of Aleksandar, Marjan (with the fleeting a, e of -ar, -ec)
        assertThat(people("sr-Latn", "Sastanku u Beogradu nije prisustvovao ni Aleksandra Vulina, bivši ministar u Vladi "
                + "Srbije.")).containsExactly("Aleksandar Vulin");
        assertThat(people("sl", "Kritike Marjana Šarca na račun slovenske vlade so bile ostre.")).containsExactly("Marjan Šarec");
        // with the surname in the nominative, she is someone else
        assertThat(people("sr-Latn", "Sastanku u Beogradu prisustvovala je i Aleksandra Vulin, profesorka iz Niša."))
                .containsExactly("Aleksandra Vulin");
    }

    @Test
    void aSurnameAfterAnotherDeclinedGivenNameIsNotTheKnownPersonWithIt() {
        // the knowledge base has Ljudmila Novak
        assertThat(people("sl", "Župan se je v Ljubljani sestal z Markom Novakom. Novak je dejal, da bo proga nared "
                + "do poletja.")).containsExactly("Marko Novak");
    }

    @Test
    void declinedGivenNamesOfMenAndWomenAreGivenInTheNominative() {
        assertThat(people("sr-Latn", "Načelnik je u Čačku razgovarao sa Anom Lazarević i Draganom Ilićem o školama."))
                .containsExactlyInAnyOrder("Ana Lazarević", "Dragan Ilić");
        assertThat(people("sr-Latn", "Ministarka je u Nišu uručila nagradu Nikoli Stojanoviću, fizičaru sa fakulteta."))
                .containsExactly("Nikola Stojanović");
    }
    @Test
    void aGreekMansNameInTheAccusativeIsGivenInTheNominative() {
        assertThat(people("el", "Ο υπουργός συναντήθηκε στην Αθήνα με τον Γιώργο Σταματόπουλο για το λιμάνι."))
                .containsExactly("Giorgos Stamatopoulos");
        assertThat(people("el", "Σύμφωνα με τον καθηγητή Αντώνη Παπαγεωργίου, η οικονομία της Ελλάδας θα αναπτυχθεί."))
                .containsExactly("Antonis Papageorgiou");
    }

    @Test
    void anAlbanianSurnameInTheAccusativeIsGivenInTheNominative() {
        assertThat(people("sq", "Ministrja u takua me Arjola Shehun dhe Gentian Dervishin në Tiranë. Dervishi tha se "
                + "marrëveshja është e mirë.")).containsExactlyInAnyOrder("Arjola Shehu", "Gentian Dervishi");
    }
    @Test
    void oneUnknownPersonInSeveralCasesIsOnePersonMentionedEachTime() {
        List<PersonTag> tagged = TestTagger.tag("sr-Latn", "Petar Perović, direktor pogona u Nišu, najavio je veću "
                + "proizvodnju. Sindikat je pozvao Petra Perovića na sastanak, a radnici su Peroviću predali peticiju.", DAY).people();
        assertThat(tagged).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Petar Perović");
            assertThat(p.mentions()).isEqualTo(3);
        });
    }
    @Test
    void aGivenNameThatIsAlsoATownStillMakesTheSurnameAnotherPersonsAndTheDiacriticsAreKept() {
        // the knowledge base has Zoran Đorđević; Milos is also a Greek island
        assertThat(TestTagger.tag("en", "Milos Djordjevic named hospital head\nMiloš Đorđević was named director of the "
                + "hospital in Kragujevac. Đorđević said he would hire doctors.", DAY).people())
                .extracting(PersonTag::name).containsExactly("Miloš Đorđević");
    }
}
