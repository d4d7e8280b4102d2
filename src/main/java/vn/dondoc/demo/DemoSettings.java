package vn.dondoc.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mode {@code auto} loads demo data only on the embedded database (no
 * {@code spring.datasource.url}); {@code on} and {@code off} force it
 * @param password the password of every demo account
 */
@ConfigurationProperties("dondoc.demo")
record DemoSettings(@DefaultValue("auto") Mode mode, @DefaultValue("dondoc-demo") String password) {

	enum Mode {

		AUTO, ON, OFF

	}

}
