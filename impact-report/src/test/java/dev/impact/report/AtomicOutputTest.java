package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one output layer: replaced files keep their links and permissions, failures are one sentence. */
class AtomicOutputTest {
    @TempDir
    Path dir;

    private static long files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void replacesAFile_keepingItsPermissions_leavingNoTemporaryFile() throws IOException {
        Path f = dir.resolve("report.html");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicOutput.write(f, "new");
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
        assertThat(files(dir)).isEqualTo(1);
    }

    @Test
    void aSymbolicLink_staysALink_andItsTargetIsReplaced() throws IOException {
        Path real = Files.createDirectory(dir.resolve("shared")).resolve("latest.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), Path.of("shared/latest.csv"));
        AtomicOutput.write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        // a dangling link: the file is created where it points
        Path dangling = Files.createSymbolicLink(dir.resolve("next.csv"), Path.of("shared/next.csv"));
        AtomicOutput.write(dangling, "first");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("shared/next.csv"))).isEqualTo("first");
    }

    @Test
    void aNameOfMaximalLength_canBeWritten() throws IOException {
        // 235 bytes plus ".html": 240, under the usual 255-byte limit; the temporary name must not add to it
        Path f = dir.resolve("r".repeat(235) + ".html");
        AtomicOutput.write(f, "ok");
        assertThat(Files.readString(f)).isEqualTo("ok");
        assertThatThrownBy(() -> AtomicOutput.write(dir.resolve("r".repeat(300)), "x"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + dir.resolve("r".repeat(300)) + ": file name too long");
    }

    @Test
    void aDevice_isWrittenDirectly_neverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        if (!Files.exists(devNull)) {
            return; // not a Unix-like system: nothing to check
        }
        AtomicOutput.write(devNull, "discarded");
        assertThat(Files.isRegularFile(devNull)).as("/dev/null must stay a device").isFalse();
    }

    @Test
    void failures_sayWhichFileAndWhy_neverTheTemporaryName() throws IOException {
        Path missing = dir.resolve("no/such/folder/r.csv");
        assertThatThrownBy(() -> AtomicOutput.write(missing, "x")).hasMessage("cannot write " + missing
                + ": no such folder " + missing.getParent());
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        if (Files.isWritable(locked)) {
            return; // running as root: permissions do not stop writing
        }
        assertThatThrownBy(() -> AtomicOutput.write(locked.resolve("r.csv"), "x"))
                .hasMessage("cannot write " + locked.resolve("r.csv") + ": permission denied");
    }

    @Test
    void withoutCommit_nothingIsWritten_andTheOldFileIsUntouched() throws IOException {
        Path f = dir.resolve("keep.txt");
        Files.writeString(f, "old");
        try (AtomicOutput o = new AtomicOutput(f)) {
            o.writer().write("half a rep");
            // an error before the commit
        }
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(files(dir)).isEqualTo(1);
    }
}
