package io.panelist.identity.session;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.claims.ClaimsGenerator;
import io.micronaut.security.token.event.AccessTokenGeneratedEvent;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.DefaultAccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.RefreshTokenGenerator;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.security.token.render.TokenRenderer;
import jakarta.inject.Singleton;

import java.util.Optional;

/** A refresh answers a new refresh token as well: the presented one is spent, so a stolen copy is worth one use. */
@Singleton
@Replaces(DefaultAccessRefreshTokenGenerator.class)
class RotatingTokenGenerator extends DefaultAccessRefreshTokenGenerator {
    RotatingTokenGenerator(AccessTokenConfiguration accessTokenConfiguration, TokenRenderer tokenRenderer,
                           TokenGenerator tokenGenerator, BeanContext beanContext,
                           RefreshTokenGenerator refreshTokenGenerator, ClaimsGenerator claimsGenerator,
                           ApplicationEventPublisher<RefreshTokenGeneratedEvent> refreshTokenPublisher,
                           ApplicationEventPublisher<AccessTokenGeneratedEvent> accessTokenPublisher) {
        super(accessTokenConfiguration, tokenRenderer, tokenGenerator, beanContext, refreshTokenGenerator,
                claimsGenerator, refreshTokenPublisher, accessTokenPublisher);
    }

    /** Sign-in: one new refresh token, stored through the generated event, and an access token. */
    @Override
    public Optional<AccessRefreshToken> generate(Authentication authentication) {
        return generateRefreshToken(authentication).flatMap(token -> super.generate(token, authentication));
    }

    /** Refresh: the presented token is already spent, so the answer carries its successor. */
    @Override
    public Optional<AccessRefreshToken> generate(String spentRefreshToken, Authentication authentication) {
        String rotated = generateRefreshToken(authentication).orElse(spentRefreshToken);
        return super.generate(rotated, authentication);
    }
}
