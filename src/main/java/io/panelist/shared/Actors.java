package io.panelist.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;

import java.util.UUID;

/** Who acts in a request: a person who signed in, or another system calling with an API key. */
public final class Actors {
    /** The attribute of an API key's authentication that says so; its value is {@link #API_KEY}. */
    public static final String TYPE = "actorType";
    public static final String USER = "USER";
    public static final String API_KEY = "API_KEY";

    private Actors() {
    }

    public static boolean isApiKey(Authentication who) {
        return API_KEY.equals(who.getAttributes().get(TYPE));
    }

    /**
     * The kind of actor an id names: {@link #API_KEY} when it is the API key that calls in the request being served,
     * otherwise {@link #USER}. Services keep passing the caller's id alone; the kind comes with the request.
     */
    public static String typeOf(@Nullable UUID actorId) {
        if (actorId == null) {
            return USER;
        }
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getUserPrincipal(Authentication.class))
                .filter(Actors::isApiKey)
                .filter(who -> who.getName().equals(actorId.toString()))
                .map(who -> API_KEY)
                .orElse(USER);
    }
}
