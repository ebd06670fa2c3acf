package dev.parallel4j.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.ir.Constraints;
import dev.parallel4j.generator.ir.Docs;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Markdown prose from the document made safe and readable as Javadoc. */
final class JavadocsTest {

    @Test
    void escapesWhatWouldBreakTheCommentOrTheJavadoc() {
        assertThat(Javadocs.escape("a */ b /* c <tag> & @param \\u000a"))
                .isEqualTo("a *&#47; b &#47;* c &lt;tag&gt; &amp; &#64;param &#92;u000a");
    }

    @Test
    void turnsCodeSpansAndLinksIntoHtml() {
        assertThat(Javadocs.escape("use `last_event_id`, see [the guide](https://example.com/guide)"))
                .isEqualTo("use <code>last_event_id</code>, see the guide (https://example.com/guide)");
    }

    @Test
    void writesTheSummaryAsASentenceAndBlankLinesAsParagraphs() {
        assertThat(Javadocs.of(new Docs("Create a run", "First.\n\nSecond\nline.", false), "fallback"))
                .isEqualTo("Create a run.\n\n<p>First.\n\n<p>Second\nline.");
    }

    @Test
    void usesTheFallbackAsJavadocWhenThereIsNoProse() {
        assertThat(Javadocs.of(Docs.NONE, "The {@code Run} object.")).isEqualTo("The {@code Run} object.");
        assertThat(Javadocs.inline(Docs.NONE, "the {@code id} path parameter")).isEqualTo("the {@code id} path parameter");
    }

    @Test
    void inlineTextIsTheFirstParagraphOnOneLine() {
        assertThat(Javadocs.inline(Docs.of("One\nline.\n\nNot this."), "fallback")).isEqualTo("One line.");
        assertThat(Javadocs.inline(new Docs("Summary", "", false), "fallback")).isEqualTo("Summary");
    }

    @Test
    void describesConstraintsInOneSentence() {
        assertThat(Javadocs.constraints(new Constraints(BigDecimal.ONE, false, BigDecimal.TEN, true, 2, 5, "^a<b$", 1, 3)))
                .isEqualTo("Must be at least 1, less than 10, at least 2 characters, at most 5 characters, at least 1 items, "
                        + "at most 3 items, matching <code>^a&lt;b$</code>.");
        assertThat(Javadocs.constraints(Constraints.NONE)).isEmpty();
    }
}
