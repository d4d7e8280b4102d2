package vn.dondoc.urging;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Plain-text mail bodies ({@code templates/mail/NAME.txt}) in Thymeleaf's text mode,
 * beside the HTML templates that Spring Boot already resolves.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfiguration {

	@Bean
	ITemplateResolver textMailTemplateResolver() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setResolvablePatterns(Set.of("mail/*.txt"));
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setOrder(1);
		return resolver;
	}

}
