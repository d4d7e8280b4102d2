package vn.dondoc.directive;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads that stream their rows instead of loading them all: PostgreSQL reads through a
 * cursor only inside a transaction and with a fetch size, so the published streaming
 * queries (register, overdue list, annex, digest) run in read-only transactions.
 */
final class Cursors {

	private Cursors() {
	}

	/** A client that fetches {@code fetchSize} rows at a time. */
	static JdbcClient client(DataSource dataSource, int fetchSize) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(fetchSize);
		return JdbcClient.create(template);
	}

}
