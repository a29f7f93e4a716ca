package io.panelist.notifications.mail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * PANELIST_SMTP_URL read into its parts: {@code smtp://user:pass@host:587?starttls=true} (STARTTLS, required when
 * asked for), {@code smtps://user:pass@host:465} (TLS from the start), {@code smtp://host:25} (no login). A malformed
 * URL is refused with what part is wrong; the refusal never repeats the URL, which may hold the password.
 */
record SmtpUrl(boolean ssl, boolean starttls, String host, int port, String username, String password) {
    SmtpUrl {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    static SmtpUrl parse(String url) {
        String text = url.trim();
        int schemeEnd = text.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
            throw refused("the scheme must be smtp:// or smtps://");
        }
        String rest = text.substring(schemeEnd + 3);
        int query = rest.indexOf('?');
        String authority = query < 0 ? rest : rest.substring(0, query);
        boolean starttls = query >= 0 && starttls(rest.substring(query + 1));
        if (authority.endsWith("/")) {
            authority = authority.substring(0, authority.length() - 1);
        }
        if (authority.contains("/")) {
            throw refused("there is no path after the host and port");
        }
        int at = authority.lastIndexOf('@');
        String user = "";
        String pass = "";
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
            pass = decode(colon < 0 ? "" : userInfo.substring(colon + 1), "password");
            if (user.isEmpty()) {
                throw refused("the user name before '@' is empty");
            }
        }
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        boolean hasPort = colon >= 0 && colon > hostPort.lastIndexOf(']');
        String host = hasPort ? hostPort.substring(0, colon) : hostPort;
        if (!host.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]")) {
            throw refused("the host is missing or not a host name or address");
        }
        int port = hasPort ? port(hostPort.substring(colon + 1)) : scheme.equals("smtps") ? 465 : starttls ? 587 : 25;
        return new SmtpUrl(scheme.equals("smtps"), starttls, host, port, user, pass);
    }

    private static boolean starttls(String query) {
        boolean starttls = false;
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            String[] pair = parameter.split("=", 2);
            if (!pair[0].equals("starttls")) {
                throw refused("the only query parameter is starttls=true|false, not '" + safe(pair[0]) + "'");
            }
            String value = pair.length < 2 ? "" : pair[1];
            if (!value.equals("true") && !value.equals("false")) {
                throw refused("starttls must be true or false");
            }
            starttls = value.equals("true");
        }
        return starttls;
    }

    private static int port(String text) {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw refused("the port must be a number from 1 to 65535");
        }
        return Integer.parseInt(text);
    }

    private static String decode(String text, String part) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused("the " + part + " has a malformed %-escape");
        }
    }

    private static String safe(String text) {
        return text.length() > 20 || !text.matches("[A-Za-z0-9_-]*") ? "…" : text;
    }

    private static IllegalArgumentException refused(String why) {
        return new IllegalArgumentException("PANELIST_SMTP_URL is malformed: " + why
                + " (expected smtp://user:password@host:587?starttls=true or smtps://user:password@host:465)");
    }

    @Override
    public String toString() {
        return (ssl ? "smtps" : "smtp") + "://" + (username.isEmpty() ? "" : username + ":***@") + host + ":" + port
                + (starttls ? "?starttls=true" : "");
    }
}
