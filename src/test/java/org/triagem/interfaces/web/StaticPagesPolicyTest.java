package org.triagem.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages keep to the strict Content-Security-Policy (SecurityHeadersFilter) by construction: no inline
 * script, style or event handler, and scripts only from this origin. A page that broke this would work
 * nowhere in production, where the browser blocks what the policy forbids.
 */
class StaticPagesPolicyTest {

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern INLINE_STYLE = Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/webapp"))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageLoadsItsScriptsFromFilesOfThisOrigin() throws IOException {
        assertThat(pages()).extracting(p -> p.getFileName().toString()).contains("painel.html", "staff.html");
        for (Path page : pages()) {
            Matcher script = SCRIPT.matcher(Files.readString(page));
            while (script.find()) {
                assertThat(script.group(2).strip()).as(page + ": an inline script").isEmpty();
                assertThat(script.group(1)).as(page + ": a script of this origin")
                        .matches("\\s+src=\"(?!https?:|//)[^\"]+\"\\s*");
            }
        }
    }

    @Test
    void noPageCarriesInlineStylesOrEventHandlers() throws IOException {
        for (Path page : pages()) {
            String html = Files.readString(page);
            assertThat(INLINE_STYLE.matcher(html).find()).as(page + ": an inline style").isFalse();
            assertThat(HANDLER.matcher(html).find()).as(page + ": an inline event handler").isFalse();
        }
    }
}
