package vn.dondoc.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session is honoured only while its account is still what it was when the session
 * began: active, with the same roles, unit and password. Every request asks the database
 * (one look-up by primary key), so a demoted or deactivated person, or one whose password
 * was changed or reset, is signed out on their next request, whichever node serves it.
 */
public class SessionGuard extends OncePerRequestFilter {

	private final JdbcClient jdbc;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	public SessionGuard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.holder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user && !honoured(user)) {
			this.holder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	private boolean honoured(CurrentUser user) {
		List<Integer> epoch = this.jdbc.sql("SELECT auth_epoch FROM app_user WHERE id = :id AND active")
			.param("id", user.getId())
			.query(Integer.class)
			.list();
		return !epoch.isEmpty() && epoch.get(0) == user.getEpoch();
	}

}
