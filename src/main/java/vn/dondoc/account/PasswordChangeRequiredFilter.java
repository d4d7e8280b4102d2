package vn.dondoc.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a temporary password is sent to the password change page,
 * whatever they asked for, until they choose their own.
 */
public class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	/** Where the password is changed. */
	public static final String CHANGE_PAGE = "/profile/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.isMustChangePassword() && !isAllowed(request)) {
			response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAllowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(CHANGE_PAGE) || path.equals("/logout") || path.startsWith("/webjars/")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/error")
				|| path.equals("/favicon.ico");
	}

}
