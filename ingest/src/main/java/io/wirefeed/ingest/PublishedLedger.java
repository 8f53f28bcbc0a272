package io.wirefeed.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stories this ingest instance has published: for each story id, the highest version the broker
 * acknowledged. A story arriving again (through the same or another channel, before or after a restart) with a
 * version not higher than that is not published again; a higher version is. A per-instance cache that spares
 * Kafka the resends and answers HTTP clients which stories were duplicates; correctness does not depend on it
 * (enrich tags each story version once however many copies reach {@code wire.raw}), so instances can be added
 * and removed freely.
 *
 * <p>Persisted as an append-only file, one line per published story ({@code id TAB version TAB published-at}),
 * loaded at start. The ledger keeps the last {@code maxEntries} records (older ones are forgotten, oldest
 * first); the file is compacted to those when it has grown beyond twice that, at start and while running.
 * In memory each entry is a 64-bit digest of the id (a hash table with the version and position, and a ring of
 * the last records; both grow with use), about 50 bytes an entry: a million entries take about 50 MB. (Two ids
 * sharing a digest, odds about 1 in 30 million at a million entries, would make the second look published.)
 * Lines are written through to the operating system after every batch, not forced to the disk: a process crash
 * loses nothing, a machine crash may lose the last few entries (those stories could then be published once
 * more, with the same key).
 *
 * <p>A lock file beside the ledger ({@code <file>.lock}) keeps a second process from using the same ledger.
 * Thread-safe.
 */
public final class PublishedLedger implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PublishedLedger.class);
    public static final String FILE_NAME = "ingest-ledger.tsv";
    public static final int DEFAULT_MAX_ENTRIES = 1_000_000;

    private final Path file;
    private final int maxEntries;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private Index index;
    private Ring ring;
    private long fileLines;
    private long nextCompaction;
    private Writer out;

    private PublishedLedger(Path file, int maxEntries, Clock clock) throws IOException {
        this.file = file;
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.nextCompaction = 2L * maxEntries;
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path lockFile = parent.resolve(file.getFileName() + ".lock");
        this.lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            lockChannel.close();
            throw new IllegalStateException("the published-story ledger " + file + " is in use by another ingest"
                    + " (lock " + lockFile + "); give each ingest instance its own state.dir");
        }
        this.lock = l;
    }

    /** Opens (creating if missing) the ledger file, loads it and compacts it when it holds over twice the bound. */
    public static PublishedLedger open(Path file, int maxEntries) {
        return open(file, maxEntries, Clock.systemUTC());
    }

    public static PublishedLedger open(Path file, int maxEntries, Clock clock) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        PublishedLedger ledger = null;
        try {
            ledger = new PublishedLedger(file, maxEntries, clock);
            ledger.load();
            if (ledger.fileLines > 2L * maxEntries) {
                ledger.compact();
            }
            ledger.openForAppend();
            return ledger;
        } catch (IOException e) {
            if (ledger != null) {
                ledger.close();
            }
            throw new UncheckedIOException("cannot open the published-story ledger " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** The highest version of {@code id} published, 0 when none is remembered. */
    public synchronized int publishedVersion(String id) {
        int slot = index.find(digest(id));
        return slot < 0 ? 0 : index.versions[slot];
    }

    /** Whether {@code version} of {@code id}, or a higher one, has been published. */
    public boolean isPublished(String id, int version) {
        return publishedVersion(id) >= version;
    }

    /** How many story ids the ledger remembers. */
    public synchronized int size() {
        return index.size;
    }

    /** Remembers that {@code version} of {@code id} was published (and acknowledged); written through at once. */
    public void record(String id, int version) {
        recordAll(new String[] {id}, new int[] {version});
    }

    /** Remembers a batch of published stories with one write to the file. */
    public synchronized void recordAll(String[] ids, int[] versions) {
        if (out == null) {
            throw new IllegalStateException("the ledger is closed");
        }
        String at = clock.instant().toString();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            if (remember(ids[i], versions[i])) {
                lines.append(escape(ids[i])).append('\t').append(versions[i]).append('\t').append(at).append('\n');
                fileLines++;
            }
        }
        if (lines.length() == 0) {
            return;
        }
        try {
            out.write(lines.toString());
            out.flush();
            if (fileLines > nextCompaction) {
                out.close();
                out = null;
                try {
                    compact();
                } catch (IOException e) {
                    nextCompaction = fileLines + maxEntries; // not on every record while the disk is in trouble
                    log.error("cannot compact the published-story ledger {} (it keeps growing): {}", file, e.toString());
                } finally {
                    openForAppend();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the published-story ledger " + file, e);
        }
    }

    /** Adds one entry to memory; false when a version as high is already remembered (nothing to write). */
    private boolean remember(String id, int version) {
        long key = digest(id);
        int slot = index.find(key);
        if (slot >= 0 && index.versions[slot] >= version) {
            return false;
        }
        append(key, version);
        return true;
    }

    /** One more record at the end of the ring; the oldest is forgotten when the ring is full. */
    private void append(long key, int version) {
        if (ring.size == maxEntries) {
            long oldSeq = ring.headSeq;
            long oldKey = ring.removeHead();
            int s = index.find(oldKey);
            if (s >= 0 && index.seqs[s] == oldSeq) {
                index.remove(oldKey);
            }
        }
        long seq = ring.add(key);
        int slot = index.find(key);
        if (slot < 0 || index.versions[slot] < version) {
            index.put(key, version, seq);
        }
    }

    private void load() throws IOException {
        index = new Index();
        ring = new Ring(maxEntries);
        fileLines = 0;
        if (!Files.exists(file)) {
            return;
        }
        int bad = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                fileLines++;
                Entry e = parse(line);
                if (e == null) {
                    bad++;
                    continue;
                }
                append(digest(e.id), e.version);
            }
        }
        if (bad > 0) {
            log.warn("{}: skipped {} unreadable line(s) (a write cut short by a crash leaves one)", file, bad);
        }
        log.info("published-story ledger {}: {} stories remembered", file, index.size);
    }

    /**
     * Rewrites the file with the live entries only (the last record of each id still in the ring), then
     * reloads, so that positions in memory match lines in the file again.
     */
    private void compact() throws IOException {
        long before = fileLines;
        Path tmp = file.resolveSibling(file.getFileName() + ".compact");
        long seq = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                Entry e = parse(line);
                if (e == null) {
                    continue;
                }
                int slot = index.find(digest(e.id));
                if (seq >= ring.headSeq && slot >= 0 && index.seqs[slot] == seq) {
                    w.write(line);
                    w.write('\n');
                }
                seq++;
            }
        }
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        load();
        nextCompaction = 2L * maxEntries;
        log.info("compacted the published-story ledger {}: {} lines to {}", file, before, fileLines);
    }

    private void openForAppend() throws IOException {
        boolean cutShort = false;
        if (Files.exists(file) && Files.size(file) > 0) {
            try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer last = ByteBuffer.allocate(1);
                read.read(last, read.size() - 1);
                cutShort = last.get(0) != '\n';
            }
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        if (cutShort) { // a line cut short by a crash must not run into the next one
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
        out = Channels.newWriter(channel, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } catch (IOException e) {
            log.warn("closing the ledger {}: {}", file, e.getMessage());
        }
        try {
            if (lock != null) {
                lock.release();
            }
            lockChannel.close();
        } catch (IOException e) {
            log.warn("releasing the ledger lock of {}: {}", file, e.getMessage());
        }
    }

    // ---- lines

    private record Entry(String id, int version) {}

    /** A line of the file, or null when it is not a complete one (three fields, a version, an instant). */
    private static Entry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[0].isEmpty()) {
            return null;
        }
        try {
            int version = Integer.parseInt(f[1]);
            Instant.parse(f[2]);
            return version > 0 ? new Entry(unescape(f[0]), version) : null;
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    static String escape(String id) {
        if (id.indexOf('\\') < 0 && id.indexOf('\t') < 0 && id.indexOf('\n') < 0 && id.indexOf('\r') < 0) {
            return id;
        }
        return id.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The first 64 bits of the SHA-256 of the id (never 0, which marks an empty slot). */
    static long digest(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long k = ByteBuffer.wrap(d).getLong();
            return k == 0 ? 1 : k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    // ---- memory

    /** Open addressing, linear probing, backward-shift deletion: id digest → version and ring position. */
    private static final class Index {
        long[] keys = new long[1024];
        int[] versions = new int[1024];
        long[] seqs = new long[1024];
        int size;

        int find(long key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return i;
                }
                if (keys[i] == 0) {
                    return -1;
                }
            }
        }

        void put(long key, int version, long seq) {
            if ((size + 1) * 10L > keys.length * 7L) {
                grow();
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            versions[i] = version;
            seqs[i] = seq;
        }

        void remove(long key) {
            int i = find(key);
            if (i < 0) {
                return;
            }
            int mask = keys.length - 1;
            size--;
            // shift back the entries of the probe run that follows, so that lookups never stop at the hole
            for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
                int home = mix(keys[j]) & mask;
                boolean movable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
                if (movable) {
                    keys[i] = keys[j];
                    versions[i] = versions[j];
                    seqs[i] = seqs[j];
                    i = j;
                }
            }
            keys[i] = 0;
            versions[i] = 0;
            seqs[i] = 0;
        }

        private void grow() {
            long[] k = keys;
            int[] v = versions;
            long[] s = seqs;
            keys = new long[k.length * 2];
            versions = new int[k.length * 2];
            seqs = new long[k.length * 2];
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (k[i] != 0) {
                    put(k[i], v[i], s[i]);
                }
            }
        }

        private static int mix(long key) {
            return (int) (key ^ (key >>> 32));
        }
    }

    /** The id digests of the last records, oldest first; grows up to its bound, then wraps. */
    private static final class Ring {
        private final int max;
        private long[] keys;
        private int head;
        int size;
        /** Position (in records since the file began) of the oldest record held. */
        long headSeq;

        Ring(int max) {
            this.max = max;
            this.keys = new long[Math.min(max, 1024)];
        }

        /** Appends a record; the caller makes room first when the ring holds {@code max}. */
        long add(long key) {
            if (size == keys.length) {
                long[] k = new long[(int) Math.min(max, keys.length * 2L)];
                for (int i = 0; i < size; i++) {
                    k[i] = keys[(head + i) % keys.length];
                }
                keys = k;
                head = 0;
            }
            keys[(head + size) % keys.length] = key;
            size++;
            return headSeq + size - 1;
        }

        long removeHead() {
            long key = keys[head];
            head = (head + 1) % keys.length;
            size--;
            headSeq++;
            return key;
        }
    }

    @Override
    public String toString() {
        return "PublishedLedger[" + file + ", max " + maxEntries + "]";
    }

    /** How many records the ring holds (ids remembered plus superseded versions still in the window). */
    synchronized int records() {
        return ring.size;
    }
}
