package io.panelist.shared.erasure;

import java.util.function.UnaryOperator;

/**
 * Changes the string values of a JSON text in place: member names, numbers and layout stay as they were, character
 * for character, and a string that the change leaves as it was keeps its original escapes.
 */
final class JsonStrings {
    private JsonStrings() {
    }

    static String replaceValues(String json, UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder(json.length());
        int at = 0;
        while (at < json.length()) {
            char c = json.charAt(at);
            if (c != '"') {
                out.append(c);
                at++;
                continue;
            }
            int end = closingQuote(json, at);
            String literal = json.substring(at, end + 1);
            if (isMemberName(json, end + 1)) {
                out.append(literal);
            } else {
                String value = decoded(literal);
                String changed = change.apply(value);
                out.append(changed.equals(value) ? literal : encoded(changed));
            }
            at = end + 1;
        }
        return out.toString();
    }

    private static int closingQuote(String json, int opening) {
        int at = opening + 1;
        while (at < json.length()) {
            char c = json.charAt(at);
            if (c == '\\') {
                at += 2;
            } else if (c == '"') {
                return at;
            } else {
                at++;
            }
        }
        throw new IllegalArgumentException("A JSON string does not end");
    }

    private static boolean isMemberName(String json, int after) {
        int at = after;
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
        return at < json.length() && json.charAt(at) == ':';
    }

    private static String decoded(String literal) {
        StringBuilder value = new StringBuilder(literal.length());
        for (int at = 1; at < literal.length() - 1; at++) {
            char c = literal.charAt(at);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escape = literal.charAt(++at);
            switch (escape) {
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append((char) Integer.parseInt(literal.substring(at + 1, at + 5), 16));
                    at += 4;
                }
                default -> value.append(escape);
            }
        }
        return value.toString();
    }

    private static String encoded(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }
}
