package dev.parallel4j.it.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the client logs, caught where its {@code System.Logger} writes by default: the JDK's logger
 * {@code dev.parallel4j}, opened to a level for the capture and set back when it is closed.
 */
public final class CapturedLog extends Handler implements AutoCloseable {
    private final Logger logger = Logger.getLogger("dev.parallel4j");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog(Level level) {
        logger.setLevel(level);
        logger.addHandler(this);
    }

    /** Captures records of {@code level} and above; {@code null} leaves the logger at its default (INFO). */
    public static CapturedLog at(Level level) {
        return new CapturedLog(level);
    }

    /** The messages logged at exactly this level (DEBUG is JUL's FINE, TRACE its FINER), oldest first. */
    public List<String> lines(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList();
    }

    /** Every message logged, oldest first. */
    public List<String> all() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
        // records are kept in memory
    }

    /** Stops capturing and sets the logger back to its default level. */
    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(null);
    }
}
