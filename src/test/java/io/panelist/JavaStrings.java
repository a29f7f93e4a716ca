package io.panelist;

import java.util.ArrayList;
import java.util.List;

/** The string literals and text blocks of a Java source, with the line each starts on; comments are skipped. */
final class JavaStrings {
    record Literal(int line, String text) {
    }

    private final String source;
    private final List<Literal> literals = new ArrayList<>();
    private int at;
    private int line = 1;

    private JavaStrings(String source) {
        this.source = source;
    }

    static List<Literal> of(String source) {
        JavaStrings reader = new JavaStrings(source);
        reader.read();
        return reader.literals;
    }

    private void read() {
        while (at < source.length()) {
            if (source.startsWith("//", at)) {
                skipTo("\n");
            } else if (source.startsWith("/*", at)) {
                skipTo("*/");
            } else if (source.startsWith("\"\"\"", at)) {
                literal("\"\"\"");
            } else if (source.charAt(at) == '"' || source.charAt(at) == '\'') {
                literal(String.valueOf(source.charAt(at)));
            } else {
                step();
            }
        }
    }

    private void literal(String quote) {
        int startLine = line;
        StringBuilder text = new StringBuilder();
        at += quote.length();
        while (at < source.length() && !source.startsWith(quote, at)) {
            if (source.charAt(at) == '\\' && at + 1 < source.length()) {
                text.append(unescaped(source.charAt(at + 1)));
                step();
            } else {
                text.append(source.charAt(at));
            }
            step();
        }
        at += quote.length();
        if (!quote.equals("'")) {
            literals.add(new Literal(startLine, text.toString()));
        }
    }

    private static String unescaped(char escaped) {
        return switch (escaped) {
            case 'n', 'r', 't' -> "\n";
            case '\n' -> "";
            default -> String.valueOf(escaped);
        };
    }

    private void skipTo(String end) {
        while (at < source.length() && !source.startsWith(end, at)) {
            step();
        }
        at += end.length();
    }

    private void step() {
        if (source.charAt(at) == '\n') {
            line++;
        }
        at++;
    }
}
