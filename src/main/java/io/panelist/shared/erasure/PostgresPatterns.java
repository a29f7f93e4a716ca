package io.panelist.shared.erasure;

/**
 * PostgreSQL regular expressions that find a folded word in the unfolded text, without a locale: an ASCII character
 * of the word stands for itself in either case or for any one non-ASCII character (an accented letter, a letter
 * without its stroke), followed by any non-ASCII characters (combining marks); a run of non-ASCII characters of the
 * word stands for a run of non-ASCII characters. This holds because {@link FoldedText} folds an ASCII character to
 * itself or its lower case, and a non-ASCII one either to one character or to none of ASCII (a test keeps it so).
 */
final class PostgresPatterns {
    private static final String NON_ASCII = "[^\\u0001-\\u007f]";

    private PostgresPatterns() {
    }

    static String anyCaseOrAccent(String folded) {
        StringBuilder pattern = new StringBuilder();
        boolean inNonAsciiRun = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 0x80) {
                if (!inNonAsciiRun) {
                    pattern.append(NON_ASCII).append('+');
                }
                inNonAsciiRun = true;
                continue;
            }
            inNonAsciiRun = false;
            pattern.append("(?:").append(either(c)).append('|').append(NON_ASCII).append(')').append(NON_ASCII)
                    .append('*');
        }
        return pattern.toString();
    }

    private static String either(char c) {
        if (Character.isLetter(c)) {
            return "[" + c + Character.toUpperCase(c) + "]";
        }
        return Character.isDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
