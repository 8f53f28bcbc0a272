package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
    private final Folding f = Folding.get();

    @Test
    void foldsLatinDiacriticsAndCase() {
        assertThat(f.key("Vučić Ćuprija Đurić Vuçiç Shqipëri")).isEqualTo("vucic cuprija djuric vucic shqiperi");
    }

    @Test
    void transliteratesSerbianMacedonianBulgarianAndRussianCyrillic() {
        assertThat(f.key("Вучић Љубљана Његош")).isEqualTo("vucic ljubljana njegos");
        assertThat(f.key("Мицкоски Ѓорѓе")).isEqualTo("mickoski gjorgje");
        assertThat(f.key("Сергей Лавров")).isEqualTo("sergey lavrov");
    }

    @Test
    void transliteratesGreek() {
        assertThat(f.key("Μητσοτάκης Δένδιας")).isEqualTo("mitsotakis dendias");
    }
}
