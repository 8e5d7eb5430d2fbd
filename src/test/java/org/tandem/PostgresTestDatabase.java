package org.tandem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Recreates the PostgreSQL test database once per test run, so every run starts from the
 * migrations alone and `mvn verify` needs nothing prepared by hand beyond a running
 * server.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicBoolean PREPARED = new AtomicBoolean();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (PREPARED.compareAndSet(false, true)) {
			String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
			String user = context.getEnvironment().getProperty("spring.datasource.username", "postgres");
			String password = context.getEnvironment().getProperty("spring.datasource.password", "");
			recreate(url, user, password);
		}
	}

	/**
	 * Drops and creates the database the URL names, cutting off whoever is connected to
	 * it.
	 */
	public static void recreate(String url, String user, String password) {
		int slash = url.lastIndexOf('/');
		String name = url.substring(slash + 1).replaceAll("\\?.*", "");
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalStateException("unexpected test database name: " + name);
		}
		try (Connection connection = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user,
				password); Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
					+ "' AND pid <> pg_backend_pid()");
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare the PostgreSQL test database " + name
					+ " (is PostgreSQL running on 127.0.0.1:5432?)", ex);
		}
	}

}
