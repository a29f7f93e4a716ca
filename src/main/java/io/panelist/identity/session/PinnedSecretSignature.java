package io.panelist.identity.session;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;

/**
 * The secret signature, pinned to its configured algorithm (HS256). Micronaut's own accepts any HMAC algorithm the
 * token's header names, so a token signed with HS384 or HS512 and the same secret passed as well.
 */
@EachBean(SecretSignatureConfiguration.class)
@Replaces(SecretSignature.class)
class PinnedSecretSignature extends SecretSignature {
    PinnedSecretSignature(SecretSignatureConfiguration configuration) {
        super(configuration);
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return getAlgorithm().equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return getAlgorithm().equals(jwt.getHeader().getAlgorithm()) && super.verify(jwt);
    }
}
