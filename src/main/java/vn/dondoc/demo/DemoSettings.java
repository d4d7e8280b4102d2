package vn.dondoc.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mode {@code auto} loads demo data only on the embedded database (no
 * {@code spring.datasource.url}); {@code on} and {@code off} force it
 * @param password the password of every demo account
 * @param directives how many directives of the last eighteen months the demo replays
 */
@ConfigurationProperties("dondoc.demo")
record DemoSettings(@DefaultValue("auto") Mode mode, @DefaultValue("dondoc-demo") String password,
		@DefaultValue("300") int directives) {

	enum Mode {

		AUTO, ON, OFF

	}

}
