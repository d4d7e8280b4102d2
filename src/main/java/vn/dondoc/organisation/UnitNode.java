package vn.dondoc.organisation;

/**
 * A unit in the flattened tree: listed in tree order with its depth.
 */
public record UnitNode(long id, Long parentId, String code, String name, UnitKind kind, boolean active, long version,
		int depth, boolean hasChildren) {

	/**
	 * The name indented by depth, for choosing a unit in a drop-down list.
	 */
	public String indentedName() {
		return "\u00a0\u00a0\u00a0".repeat(this.depth) + this.name;
	}

}
