import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DATETIME } from "../../db/columns.js";

/** A signed-in session. Tokens name their session; revoking the row ends the token at once. */
@Entity("session")
@Index("idx_session_volunteer", ["volunteerId", "revokedAt"])
// For purgeExpiredAuthRows: ended sessions are deleted in batches in index order.
@Index("idx_session_expires", ["expiresAt"])
@Index("idx_session_revoked", ["revokedAt"])
export class Session {
  @PrimaryColumn({ type: "varchar", length: 32 })
  id: string;

  @Column({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Column({ name: "expires_at", ...DATETIME })
  expiresAt: Date;

  @Column({ name: "revoked_at", ...DATETIME, nullable: true })
  revokedAt: Date | null;

  @Column({ name: "user_agent", type: "varchar", length: 200, nullable: true })
  userAgent: string | null;

  @Column({ type: "varchar", length: 45, nullable: true })
  ip: string | null;
}
