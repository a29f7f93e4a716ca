package io.panelist.identity.oidc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A half-made configuration stops the start and says what is wrong. */
class OidcSettingsTest {
    static final String ISSUER = "https://login.example.com/realms/staff/";
    static final String MAP = "hr-admins=ADMIN";

    @Test
    void theThreeSettingsTurnItOnAndTheIssuerLosesItsTrailingSlash() {
        OidcSettings settings = settings(ISSUER, "panelist", "secret", MAP, true);

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.issuer()).isEqualTo("https://login.example.com/realms/staff");
        assertThat(settings.providerName()).isEqualTo("login.example.com");
        assertThat(settings.scopes()).isEqualTo("openid email profile");
        assertThat(settings(null, null, null, null, true).enabled()).isFalse();
    }

    @Test
    void someButNotAllOfTheThreeStopTheStartNamingWhatIsMissing() {
        assertThatThrownBy(() -> settings(ISSUER, "panelist", " ", MAP, true))
                .hasMessageContaining("PANELIST_OIDC_CLIENT_SECRET missing");
        assertThatThrownBy(() -> settings(null, "panelist", null, MAP, true))
                .hasMessageContaining("PANELIST_OIDC_ISSUER, PANELIST_OIDC_CLIENT_SECRET missing");
    }

    @Test
    void anIssuerMustBeHttpsUnlessOnThisMachine() {
        assertThatThrownBy(() -> settings("http://login.example.com", "panelist", "secret", MAP, true))
                .hasMessageContaining("must be the provider's https URL");
        assertThat(settings("http://127.0.0.1:9000/staff", "panelist", "secret", MAP, true).issuer())
                .isEqualTo("http://127.0.0.1:9000/staff");
    }

    @Test
    void aRoleMapIsNeededWithTheProviderAndMustNameRealRoles() {
        assertThatThrownBy(() -> settings(ISSUER, "panelist", "secret", "", true))
                .hasMessageContaining("PANELIST_OIDC_ROLE_MAP must map at least one group");
        assertThatThrownBy(() -> settings(ISSUER, "panelist", "secret", "hr=BOSS", true))
                .hasMessageContaining("\"BOSS\" is not a role");
    }

    @Test
    void passwordsCannotBeTurnedOffWithoutTheProvider() {
        assertThatThrownBy(() -> settings(null, null, null, null, false))
                .hasMessageContaining("PANELIST_PASSWORD_LOGIN=false needs sign-in through an OpenID provider");
        assertThat(settings(ISSUER, "panelist", "secret", MAP, false).passwordLogin()).isFalse();
    }

    private static OidcSettings settings(String issuer, String clientId, String secret, String roleMap,
                                         boolean passwordLogin) {
        return new OidcSettings(issuer, clientId, secret, null, "openid email profile", "groups", roleMap,
                passwordLogin);
    }
}
