package dev.impact.io;

import java.io.IOException;
import java.util.List;

/** What every reader over a {@link TextInput} shares: its file, name, notices, progress and closing. */
abstract class TextInputReader implements InventoryReader {
    protected final TextInput input;
    protected final String file;
    /** The inventory's name; a reader may replace the default by one the file gives. */
    protected String name;
    protected final List<String> notices;

    TextInputReader(TextInput input, String file, String name, List<String> notices) {
        this.input = input;
        this.file = file;
        this.name = name;
        this.notices = notices;
    }

    /** The next entries, not yet decoded, or null at the end: see {@link EntryBatch#next(InventoryReader)}. */
    java.util.function.Supplier<EntryBatch> nextBatch() {
        return EntryBatch.readAhead(this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public List<String> notices() {
        return notices;
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public long size() {
        return input.size();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
