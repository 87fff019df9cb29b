namespace ZhuwaGen.Tourism.Cms.Persistence.Faults;

/// <summary>What kind of storage failure an exception is, if it is one: the site can still read, but not save.</summary>
public enum StorageFault
{
    /// <summary>Not a storage failure (a bug, a constraint, a cancelled request): the normal error handling applies.</summary>
    None,

    /// <summary>The database or the media folder refuses writes (a read-only file, mount or PostgreSQL transaction).</summary>
    ReadOnly,

    /// <summary>The disk (or the database's volume) is full.</summary>
    Full,

    /// <summary>The storage cannot be reached or fails on input/output: PostgreSQL down, an I/O error, a file that cannot be opened.</summary>
    Unavailable,
}
