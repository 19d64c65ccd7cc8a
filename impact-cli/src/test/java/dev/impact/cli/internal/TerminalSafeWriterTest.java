package dev.impact.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalSafeWriterTest {
    private static String through(String s) throws IOException {
        StringWriter out = new StringWriter();
        try (TerminalSafeWriter w = new TerminalSafeWriter(out)) {
            w.write(s);
        }
        return out.toString();
    }

    @Test
    void controlCharacters_areShownEscaped() throws IOException {
        assertThat(through("a\u001b[2Jb\u0007c\u0000d\u009be\u007f"))
                .isEqualTo("a\\u001B[2Jb\\u0007c\\u0000d\\u009Be\\u007F");
    }

    @Test
    void lineBreaksTabsAndAccents_passUnchanged() throws IOException {
        assertThat(through("écran 24\"\tligne 1\r\nligne 2 — 3 × 4 kg CO₂e\n"))
                .isEqualTo("écran 24\"\tligne 1\r\nligne 2 — 3 × 4 kg CO₂e\n");
    }
}
