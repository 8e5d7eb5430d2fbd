package org.tandem.platform;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets the PostgreSQL driver send a JDBC batch of inserts as multi-row inserts, which is
 * what a group commit's history, audit and activity rows are written as. Other databases
 * are left as they are.
 */
@Component
class PostgresBatching implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			pool.addDataSourceProperty("reWriteBatchedInserts", "true");
		}
		return bean;
	}

}
