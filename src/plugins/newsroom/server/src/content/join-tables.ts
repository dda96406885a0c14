/**
 * The part of Strapi's database metadata for a relation that the newsroom's direct link-table writes read (the
 * batch import, the draft-links clean-up, the live-article-links guard): Strapi's own metadata types do not
 * expose it. One definition, so a change of Strapi's shape is mended in one place.
 */
export interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

/** A relation attribute as it appears in the database metadata. */
export interface RelationMetadata {
  type: string;
  target?: string;
  joinTable?: JoinTable;
}
