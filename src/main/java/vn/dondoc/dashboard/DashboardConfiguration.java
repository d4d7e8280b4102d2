package vn.dondoc.dashboard;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Dashboards are cached for a short time (see application.properties).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class DashboardConfiguration {

}
