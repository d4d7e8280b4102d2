package vn.dondoc.system;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.dondoc.common.MovableClock;

/**
 * Languages (Vietnamese by default, English on request) and the application clock.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("dondoc-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * All business dates are in the zone of the Department; tests replace this clock to
	 * move through time.
	 */
	@Bean
	MovableClock clock(@Value("${dondoc.zone:Asia/Ho_Chi_Minh}") String zone) {
		return new MovableClock(ZoneId.of(zone));
	}

}
