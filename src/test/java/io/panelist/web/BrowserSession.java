package io.panelist.web;

import io.panelist.support.Answer;
import io.panelist.support.Api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does over HTTP, without the browser: keeps cookies as the server sets them, asks for HTML, posts
 * forms with the CSRF token the page carried, and sends script calls with the {@code X-CSRF-TOKEN} header.
 */
public final class BrowserSession {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, List<String>> lastSetCookies = new LinkedHashMap<>();

    public BrowserSession(URI base) {
        this.base = base;
    }

    public Answer page(String path) {
        return send("GET", path, null, null, Map.of("Accept", "text/html"));
    }

    /** Opens the sign-in page and posts the form with its CSRF token. */
    public Answer signIn(String email, String password) {
        Answer form = page("/signin");
        return postForm("/signin", Map.of("email", email, "password", password, "next", "/",
                "csrfToken", formToken(form.text())));
    }

    public Answer postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, body, "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
    }

    /** A call as the page scripts make it: JSON, the session cookie, and the CSRF header when given. */
    public Answer script(String method, String path, Object json, Map<String, String> headers) {
        String body = json == null ? null : write(json);
        return send(method, path, body, json == null ? null : "application/json", headers);
    }

    /** The CSRF token the page hands to its scripts. */
    public String csrfToken() {
        Matcher matcher = META_TOKEN.matcher(page("/").text());
        if (!matcher.find()) {
            throw new IllegalStateException("the page carries no CSRF token");
        }
        return matcher.group(1);
    }

    public static String formToken(String html) {
        Matcher matcher = FORM_TOKEN.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("the form carries no CSRF token");
        }
        return matcher.group(1);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public void forget(String name) {
        cookies.remove(name);
    }

    /** The Set-Cookie headers of the last answer, by cookie name. */
    public Map<String, List<String>> lastSetCookies() {
        return lastSetCookies;
    }

    public Answer send(String method, String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(response.headers().allValues("set-cookie"));
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Cookies as a browser keeps them; a refresh cookie is kept too (its path is /session, which these calls ignore). */
    private void keepCookies(List<String> setCookies) {
        lastSetCookies.clear();
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            lastSetCookies.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(header);
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String write(Object json) {
        try {
            return Api.JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
