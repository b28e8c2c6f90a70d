package kz.iin.hibernate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything the log said while it was open (Hibernate and pgjdbc log through java.util.logging here), plus
 * the text of a failure: what an application's log file would end up holding.
 */
final class WhatWasSaid implements AutoCloseable {
    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            logged.add(format.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    WhatWasSaid() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    /** The log so far and everything {@code failure} says: messages of its causes, suppressed and next exceptions. */
    String logAnd(Throwable failure) {
        StringBuilder out = new StringBuilder(String.join("\n", logged)).append('\n');
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable next = todo.remove(todo.size() - 1);
            if (next == null || !seen.add(next)) {
                continue;
            }
            out.append(next).append('\n');
            todo.add(next.getCause());
            todo.addAll(List.of(next.getSuppressed()));
            if (next instanceof SQLException sql) {
                todo.add(sql.getNextException());
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(capture);
    }
}
