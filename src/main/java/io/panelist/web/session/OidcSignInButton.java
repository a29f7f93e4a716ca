package io.panelist.web.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import io.panelist.identity.oidc.OidcSignInService;
import jakarta.inject.Singleton;

import java.util.Map;

/** Offers "Sign in with ..." on every rendering of the sign-in form (the sign-in page and the signed-out home). */
@Singleton
class OidcSignInButton implements ViewModelProcessor<Map<String, Object>> {
    static final String SIGN_IN_VIEW = "session/signin";
    private final OidcSignInService oidc;

    OidcSignInButton(OidcSignInService oidc) {
        this.oidc = oidc;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        if (oidc.enabled() && page.getView().filter(SIGN_IN_VIEW::equals).isPresent()) {
            page.getModel().ifPresent(model -> model.put("oidcProvider", oidc.providerName()));
        }
    }
}
