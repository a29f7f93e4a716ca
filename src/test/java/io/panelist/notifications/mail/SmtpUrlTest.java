package io.panelist.notifications.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PANELIST_SMTP_URL's parts, and refusals that name the wrong part and never repeat the password. */
class SmtpUrlTest {
    @Test
    void aStarttlsUrlWithLoginGivesEveryPart() {
        SmtpUrl url = SmtpUrl.parse("smtp://mailer%40corp:p%40ss:word@mail.example.com:587?starttls=true");

        assertThat(url).isEqualTo(new SmtpUrl(false, true, "mail.example.com", 587, "mailer@corp", "p@ss:word"));
        assertThat(url.toString()).doesNotContain("p@ss").contains("mailer@corp:***@mail.example.com:587");
    }

    @Test
    void smtpsDefaultsToPort465AndPlainSmtpTo25() {
        assertThat(SmtpUrl.parse("smtps://u:p@mx.example.com").port()).isEqualTo(465);
        assertThat(SmtpUrl.parse("smtps://u:p@mx.example.com").ssl()).isTrue();
        assertThat(SmtpUrl.parse("smtp://localhost").port()).isEqualTo(25);
        assertThat(SmtpUrl.parse("smtp://localhost").username()).isEmpty();
    }

    @Test
    void eachMalformedPartIsNamedAndThePasswordNeverShown() {
        assertRefused("http://u:hunter22@host:25", "scheme");
        assertRefused("smtp://u:hunter22@:25", "host");
        assertRefused("smtp://u:hunter22@host:99999", "port");
        assertRefused("smtp://u:hunter22@host:twenty", "port");
        assertRefused("smtp://u:hunter22@host:25?tls=yes", "query parameter");
        assertRefused("smtp://u:hunter22@host:25?starttls=maybe", "starttls must be true or false");
        assertRefused("smtp://:hunter22@host:25", "user name");
        assertRefused("smtp://u:hunter22@host:25/path", "path");
    }

    private static void assertRefused(String url, String part) {
        assertThatThrownBy(() -> SmtpUrl.parse(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PANELIST_SMTP_URL is malformed").hasMessageContaining(part)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter22"));
    }
}
