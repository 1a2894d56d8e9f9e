package dk.samvaer.web;

import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The pages speak Danish: the only locale, whatever the browser asks for. Binds {@code samvaer.web.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class WebConfiguration {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(DANISH);
    }
}
