package io.panelist.notifications.mail;

import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a mail's two bodies from Thymeleaf templates under {@code src/main/resources/mail/}: {@code <name>.html}
 * (HTML mode, so every value is escaped) and {@code <name>.txt} (text mode). The features that send mail hand over
 * the values, already formatted for the recipient (their time zone); notifications knows none of them.
 */
@Singleton
public class MailTemplates {
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    /** The plain text and HTML bodies of the named mail. */
    public record Bodies(String text, String html) {
    }

    public Bodies render(String name, Map<String, Object> values) {
        Context context = new Context(Locale.ENGLISH, values);
        return new Bodies(text.process(name, context), html.process(name, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
