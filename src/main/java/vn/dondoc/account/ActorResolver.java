package vn.dondoc.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The person acting in this request as the database knows them now. The session keeps who
 * signed in; unit and roles are read again, so that a person moved to another unit or
 * deactivated by the administrator cannot go on acting for their old unit.
 */
@Component
public class ActorResolver {

	private final UserDirectory people;

	ActorResolver(UserDirectory people) {
		this.people = people;
	}

	public Actor of(CurrentUser user) {
		UserDirectory.Standing standing = this.people.standing(user.getId())
			.filter(UserDirectory.Standing::active)
			.orElseThrow(() -> new AccessDeniedException("The account is no longer active"));
		return new Actor(user.getId(), standing.fullName(), standing.unitId(), standing.roles());
	}

}
