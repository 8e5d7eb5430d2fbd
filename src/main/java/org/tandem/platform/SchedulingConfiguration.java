package org.tandem.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Module listeners run after their publisher's commit on their own threads, so a slow
 * reaction never holds up the request that caused it; periodic jobs run on the scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class SchedulingConfiguration {

}
