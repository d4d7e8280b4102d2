package vn.dondoc.directive;

import org.springframework.security.core.userdetails.UserDetailsService;

import vn.dondoc.account.Actor;
import vn.dondoc.account.CurrentUser;
import vn.dondoc.organisation.UnitManagement;
import vn.dondoc.organisation.UnitNode;

/**
 * The demo organisation as tests name it: a unit by its code, a person by their username.
 */
public final class Fixtures {

	private Fixtures() {
	}

	public static long unit(UnitManagement units, String code) {
		return units.tree().stream().filter((u) -> u.code().equals(code)).map(UnitNode::id).findFirst().orElseThrow();
	}

	public static Actor actor(UserDetailsService users, String username) {
		return Actor.of((CurrentUser) users.loadUserByUsername(username));
	}

}
