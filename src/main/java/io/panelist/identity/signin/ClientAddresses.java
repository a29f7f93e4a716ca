package io.panelist.identity.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request came from, for counting sign-in attempts and public requests: the connection's remote address, unless
 * {@code panelist.security.trusted-proxy} says a proxy stands in front, in which case the entry that proxy appended
 * to {@code X-Forwarded-For} (the last one; earlier ones are whatever the client claimed).
 */
@Singleton
public class ClientAddresses {
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private final boolean trustedProxy;

    ClientAddresses(@Value("${panelist.security.trusted-proxy:false}") boolean trustedProxy) {
        this.trustedProxy = trustedProxy;
    }

    @Nullable
    public String of(HttpRequest<?> request) {
        if (trustedProxy) {
            List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For");
            if (!forwarded.isEmpty()) {
                String[] hops = forwarded.get(forwarded.size() - 1).split(",");
                String last = hops[hops.length - 1].trim();
                if (IP_LITERAL.matcher(last).matches()) {
                    return last;
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return null;
        }
        String address = remote.getAddress().getHostAddress();
        int zone = address.indexOf('%');
        address = zone < 0 ? address : address.substring(0, zone);
        return IP_LITERAL.matcher(address).matches() ? address : null;
    }
}
