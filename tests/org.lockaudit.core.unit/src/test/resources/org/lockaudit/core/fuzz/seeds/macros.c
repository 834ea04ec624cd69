/* Fuzz seed: macros around locks, conditional compilation, GNU extensions (written for LockAudit's fuzzing). */
typedef struct { int v; } spinlock_t;
void spin_lock(spinlock_t *l);
void spin_unlock(spinlock_t *l);
#define LOCKED(l, stmt) do { spin_lock(l); stmt; spin_unlock(l); } while (0)
#define CAT(a, b) a ## b
#define STR(x) #x
#define VA(fmt, ...) printk(fmt, ##__VA_ARGS__)
#define ASSERT(p) do { if (!(p)) BUG(); } while (0)
int printk(const char *fmt, ...);
void BUG(void) __attribute__((noreturn));

static spinlock_t g;
static int CAT(coun, ter);

#if defined(CONFIG_SMP) && CONFIG_SMP > 1
# define MAYBE_LOCK(l) spin_lock(l)
#else
# define MAYBE_LOCK(l) ((void)(l))
#endif

int f(int x)
{
    LOCKED(&g, counter += x);
    VA("%s %d\n", STR(f), x);
    ASSERT(x != 3);
    switch (x) {
    case 0:
        MAYBE_LOCK(&g);
        /* fall through */
    case 1:
        x = ({ int y = x * 2; y + 1; });
        break;
    default:
        return -1;
    }
    return x;
}

int g2(int n)
{
    static void *tbl[] = { &&a, &&b };
    goto *tbl[n & 1];
a:
    spin_lock(&g);
    asm volatile("" ::: "memory");
b:
    return _Generic(n, int: 1, default: 0);
}
