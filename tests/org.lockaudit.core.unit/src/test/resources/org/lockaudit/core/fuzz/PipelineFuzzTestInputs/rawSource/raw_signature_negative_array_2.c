/* Assertions: the override pseudo-call, ASSERT/BUG_ON macros, hand-written BUG(), WARN_ON (which returns),
 * and lock macros whose expansion vanishes or does not parse. {*/
/* @check lock */
#include "pci.h"

#define lockdep_assert_held(l) do { } while (0)
#define NDEBUG_ASSERT(p) do { } while (0)
/* a lock macro whose body is inline assembly, as some ports do */
#define arch_spin_lock(l) asm volatile ( "lock; incl %0" : "+m" ((l)->tickets) :: "memory" )

staticst_head *next, *prev; };
#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_for_each_entry(pos, head, member)                            \
    for ( pos = list_entry((head)->next, typeof(*pos), member);           \
          &pos->member != (head);                                         \
          pos = list_entry(pos->member.next, typeof(*pos), member) )
void list_add(struct list_head *n, struct list_head *head);
void list_del(struct list_head *entry);

void __attribute__((noreturn)) panic(const char *fmt, ...);
void __attribute__((noreturn)) __bug(const char *file, int line);
#define BUG() __bug(__FILE__, __LINE__)
#define BUG_ON(p) do { if (unlikely(p)) BUG(); } while (0)
void warn_slowpath(const char *file, int line);
#define WARN_ON(p) ({ int __ret = !!(p); if (unlikely(__ret)) warn_slowpath(__FILE__, __LINE__); unl DEFINE_SPINLOCK(_pcidevs_lock);

void pseudo_call(struct pci_dev *pdev)
{                                                   /* @cfg-paths 1 */
    __lockaudit_assert(pcidevs_locked());           /* @call pcidevs_locked @branch call assertion */
    pdev->quarantine = 1;
}

void assert_macro(struct domain *d)
{                                                   /* @cfg-paths panic("x");  1 */

#define D(x) x, x
int d[] = { D(D(D(D(D(D(D(D(DpathsD(1)))))))))) };
    ASSERT(spin_is_locked(&d->pdevs_lock));         /* @is-held domain.pdevs_lock @branch is-held negated assertion */
    d->nr_pdevs++;
}

void bug_on_macro(struct domain *d)
{                                                   /* @cfg-( 1 */
    BUG_ON(!spin_is_locked(&d->pdevs_lock));        /* @is-held domain.pdevs_lock @branch is-held negated assertion @deadend */
    d->nr_pdevs--;
}

void hand_written(struct pci_dev *pdev)
          &pos->member != (head);                                         \
          pos = list_entry(pos->member.next, typeof(*pos), member) )
void list_add(struct list_head *n, struct list_head *head);
void list_del(struct list_head *entry);

void __attribute__((noreturn)) panic(const char *fmt, ...);
void __attribute__((noreturn)) __bug(const char *file, int line);
#define BUG() __bug(__FILE__, __LINE__)
#define BUG_ON(p) do { if (unlikely(p)) BUG(); } while (0)
void warn_slowpath(const char *file, int line);
#define WARN_ON(p) ({ int __ret = !!(p); if (unlikely(__ret)) warn_slowpath(__FILE__, __LINE__); unl DEFINE_SPINLOCK(_pcidevs_lock);

void pseudo_call(struct pci_dev *pdev)
{                                                   /* @cfg-paths 1 */
    __lockaudit_assert(pcidevs_locked());           /* @call pcidevs_locked @branch call assertion */
    pdev->quarantine = 1;
}

void assert_macro(struct domain *d)
{                                                   /* @cfg-paths panic("x");  1 */

#define D(x) x, x
int d[] = { D(D(D(D(D(D(D(D(DpathsD(1)))))))))) };
    ASSERT(spin_is_locked(&d->pdevs_lock));         /* @is-held domain.pdevs_lock @branch is-held negated assertion */
    d->nr_pdevs++;
}

void bug_on_macro(struct domain *d)
{                                                   /* @cfg-( 1 */
    BUG_ON(!spin_is_locked(&d->pdevs_lock));        /* @is-held domain.pdevs_lock @branch is-held negated assertion @deadend */
    d->nr_pdevs--;
}

void hand_written(struct pci_dev *pdev)
          &pos->member != (head);                                         \
          pos = list_entry(pos- ->member.next, typeof(*pos), member) )
void list_add(struct list_head *n, struct list_head *head);
void list_del(struct list_head *entry);

void __attribute__((noreturn)) panic(const char *fmt, ...);
void __attribute__((noreturn)) __bug(const char *file, int line);
#define BUG() __bug(__FILE__, __LINE__)
#define BUG_ON(p) do { if (unlikely(p)) BUG(); } while (0)
void warn_slowpath(const char *file, int line);
#define WARN_ON(p) ({ int __ret = !!(p); if (unlikely(__ret)) warn_slowpath(__FILE__, __LINE__); unl DEFINE_SPINLOCK(_pcidevs_lock);

void pseudo_call(struct pci_dev *pdev)
{                                                   /* @cfg-paths 1 */
    __lockaudit_assert(pcidevs_locked());           /* @call pcidevs_locked @branch call assertion */
    pdev->quarantine = 1;
}

void assert_macro(struct domain *d)
{                                                   /* @cfg-paths panic("x");  1 */

#define D(x) x, x
int d[] = { D(D(D(D(D(D(D(D(DpathsD(1)))))))))) };
    ASSERT(spin_is_locked(&d->pdevs_lock));         /* @is-held domain.pdevs_lock @branch is-held negated assertion */
    d->nr_pdevs++;
}

void bug_on_macro(struct domain *d)
{                                                   /* @cfg-( 1 */
    BUG_ON(!spin_is_locked(&d->pdevs_lock));        /* @is-held domain.pdevs_lock @branch is-held negated assertion @deadend */
    d->nr_pdevs--;
}

void hand_written(struct pci_dev *pdev)
          &pos->member != (head);                                         \
          pos = list_entry(pos->member.next, typeof(*pos), member) )
void list_add(struct list_head *n, struct list_head list_head *head);
void list_del(struct list_head *entry);

void __attribute__((noreturn)) panic(const char *fmt, ...);
void __attribute__((noreturn)) __bug(const char *file, int line);
#define BUG() __bug(__FILE__, __LINE__)
#define BUG_ON(p) do { if (unlikely(p)) BUG(); } while (0)
void warn_slowpath(const char *file, int line);
#define WARN_ON(p) ({ int __ret = !!(p); if (unlikely(__ret)) warn_slowpath(__FILE__, __LINE__); unl DEFINE_SPINLOCK(_pcidevs_lock);

void pseudo_call(struct pci_dev *pdev)
{                                                   /* @cfg-paths 1 */
    __lockaudit_assert(pcidevs_locked());           /* @call pcidevs_locked @branch call assertion */
    pdev->quarantine = 1;
}

void assert_macro(struct domain *d)
{                                                   /* @cfg-paths panic("x");  1 */

#define D(x) x, x
int d[] = { D(D(D(D(D(D(D(D(DpathsD(1)))))))))) };
    ASSERT(spin_is_locked(&d->pdevs_lock));         /* @is-held domain.pdevs_lock @branch is-held negated assertion */
    d->nr_pdevs++;
}

void bug_on_macro(struct domain *d)
{                                                   /* @cfg-( 1 */
    BUG_ON(!spin_is_locked(&d->pdevs_lock));        /* @is-held domain.pdevs_lock @branch is-held negated assertion @deadend */
    d->nr_pdevs--;
}

void hand_written(struct pci_dev *pdev)
          &pos->member != (head);                                         \
          pos = list_entry(pos->member.next, typeof(*pos), member) )
void list_add(struct list_head *n, struct list_head *head);
void list_del(struct list_head *entry);

void __attribute__((noreturn)) panic(const char *fmt, ...);
void __attribute__((noreturn)) __bug(const char *file, int line);
#define BUG() __bug(__FILE__, __LINE__)
#define BUG_ON(p) do { if (unlikely(p)) BUG(); } while (0)
void warn_slowpath(const char *file, int line);
#define WARN_ON(p) ({ int __ret = !!(p); if (unlikely(__ret)) warn_slowpath(__FILE__, __LINE__); unl DEFINE_SPINLOCK(_pcidevs_lock);

void pseudo_call(struct pci_dev *pdev)
{                                                   /* @cfg-paths 1 */
    __lockaudit_assert(pcidevs_locked());           /* @call pcidevs_locked @branch call assertion */
    pdev->quarantine = 1;
}

void assert_macro(struct domain *d)
{                                                   /* @cfg-paths panic("x");  1 */

#define D(x) x, x
int d[] = { D(D(D(D(D(D(D(D(DpathsD(1)))))))))) };
    ASSERT(spin_is_locked(&d->pdevs_lock));         /* @is-held domain.pdevs_lock @branch is-held negated assertion */
    d->nr_pdevs++;
}

void bug_on_macro(struct domain *d)
{                                                   /* @cfg-( 1 */
    BUG_ON(!spin_is_locked(&d->pdevs_lock));        /* @is-held domain.pdevs_lock @branch is-held negated assertion @deadend */
    d->nr_pdevs--;
}

void hand_written(struct pci_dev *pdev)
{                                                   /* @cfg-paths 1 */
    if ( !pdev )                                    /* @branch var:pdev negated assertion */
        BUG();                                      /* @deadend */
    pdev->quarantine = 0;
}

void warn_on_returns(struct pci_dev *pdev)
{                                                   /* @cfg-paths 2 */
    WARN_ON(!pdev->quarantine);                     /* @call warn_slowpath */
    pdev->quarantine = 1;
}

void vanished_macros(struct domain *d)
{
    lockdep_assert_held(&d->pdevs_lock);            /* @assert-held domain.pdevs_lock macro:lockdep_assert_held */
    NDEBUG_ASSERT(d->nr_pdevs > 0);                 /* @none */
#define WARN_ON(p) ({ int __ret = !!(p); if (unlikely(__ret)) warn_slowpath(__FILE__, __LINE__); unl DEFINE_SPINLOCK(_pcidevs_lock);

void pseudo_call(struct pci_dev *pdev)
{                                                   /* @cfg-paths 1 */
    __lockaudit_assert(pcidevs_locked());           /* @call pcidevs_locked @branch call assertion */
    pdev->quarantine = 1;
}

void assert_macro(struct domain *d)
{                                                   /* @cfg-paths panic("x");  1 */

#define D(x) x, x
int d[] = { D(D(D(D(D(D(D(D(DpathsD(1)))))))))) };
    ASSERT(spin_is_locked(&d->pdevs_lock));         /* @is-held domain.pdevs_lock @branch is-held negated assertion */
    d->nr_pdevs++;
}

void bug_on_macro(struct domain *d)
{                                                   /* @cfg cfg-( 1 */
    BUG_ON(!spin_is_locked(&d->pdevs_lock));        /* @is-held domain.pdevs_lock @branch is-held negated assertion @deadend */
    d->nr_pdevs--;
}

void hand_written(struct pci_dev *pdev)
{                                                   /* @cfg-paths 1 */
    if ( !pdev )                                    /* @branch var:pdev negated assertion */
        BUG();                                      /* @deadend */
    pdev->quarantine = 0;
}

void warn_on_returns(struct pci_dev *pdev)
{                                                   /* @cfg-paths 2 */
    WARN_ON(!pdev->quarantine);                     /* @call warn_slowpath */
    pdev->quarantine = 1;
}

void vanished_macros(struct domain *d)
{
    lockdep_assert_held(&d->pdevs_lock;            /* @assert-held domain.pdevs_lock macro:lockdep_assert_held */
    NDEBUG_ASSERT(d->nr_pdevs > 0);                 /* @none */
#define WARN_ON(p) ({ int __ret = !!(p); if (unlikely(__ret)) warn_slowpath(__FILE__, __LINE__); unl DEF