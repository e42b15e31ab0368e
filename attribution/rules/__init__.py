"""Rule packs: loading and validating YAML rules, and the dependency-pattern matcher."""
