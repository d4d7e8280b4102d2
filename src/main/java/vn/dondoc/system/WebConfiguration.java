package vn.dondoc.system;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.dondoc.common.Vietnamese;

/**
 * Languages (Vietnamese by default, English on request) and static files.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Days in forms and filters: strict, and within years a record can have. */
	@Override
	public void addFormatters(org.springframework.format.FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new PlausibleDayFormatterFactory());
	}

	@Bean
	LocaleResolver localeResolver() {
		// Over TLS the language cookie is Secure, as the session's is.
		CookieLocaleResolver resolver = new CookieLocaleResolver("dondoc-lang") {

			@Override
			public void setLocaleContext(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response,
					org.springframework.context.i18n.LocaleContext localeContext) {
				super.setLocaleContext(request,
						(response != null && request.isSecure()) ? new SecureCookies(response) : response,
						localeContext);
			}

		};
		resolver.setDefaultLocale(Vietnamese.LOCALE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/**
	 * Static files are served from three places only. Boot's default handler matches
	 * every path, which made the link encoder look up each page link (/tasks/123) as a
	 * file in every jar on every request — over a third of a list page's time.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Marks the cookies a response sets Secure. */
	static final class SecureCookies extends jakarta.servlet.http.HttpServletResponseWrapper {

		SecureCookies(jakarta.servlet.http.HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, secure(name, value));
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, secure(name, value));
		}

		@Override
		public void addCookie(jakarta.servlet.http.Cookie cookie) {
			cookie.setSecure(true);
			super.addCookie(cookie);
		}

		private static String secure(String name, String value) {
			boolean cookie = org.springframework.http.HttpHeaders.SET_COOKIE.equalsIgnoreCase(name);
			return (cookie && value != null && !value.toLowerCase(java.util.Locale.ROOT).contains("; secure"))
					? value + "; Secure" : value;
		}

	}

}
