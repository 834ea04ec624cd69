#!/usr/bin/env python3
"""Generate a kernel-like C corpus for the LockAudit benchmark.

    python3 bench/gen_corpus.py --units N --out DIR [--seed S]
    python3 bench/gen_corpus.py --out DIR --edit K [--seed S]

Everything emitted (headers and units) is synthesised by this script; no
code is taken from any existing project.  The output is deterministic for a
given (--units, --seed, generator version): every unit draws from its own
random stream derived from the seed and its index, so unit K only changes
with N when the set of cross-unit API functions it must define changes.

Layout of DIR:
    include/*.h              shared headers (core + one per subsystem)
    <subsystem dir>/*.c      N translation units
    compile_commands.json    arguments form, directory = absolute DIR
    MANIFEST.json            seed, units, files, seeded defects, edits

Only the Python standard library is used.
"""

import argparse
import hashlib
import json
import os
import random
import re
import sys

GEN_VERSION = 3

# ---------------------------------------------------------------------------
# Core headers (fixed text, written for this benchmark)
# ---------------------------------------------------------------------------

CORE_HEADERS = {}

CORE_HEADERS['types.h'] = r'''/*
 * types.h - fixed width integers and small scalar typedefs.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_TYPES_H
#define BENCH_TYPES_H

typedef signed char s8;
typedef unsigned char u8;
typedef signed short s16;
typedef unsigned short u16;
typedef signed int s32;
typedef unsigned int u32;
typedef signed long long s64;
typedef unsigned long long u64;

typedef __SIZE_TYPE__ size_t;
typedef long ssize_t;
typedef unsigned long uintptr_t;
typedef _Bool bool;

#define true  1
#define false 0
#ifndef NULL
#define NULL ((void *)0)
#endif

typedef u64 paddr_t;
typedef s64 s_time_t;
typedef u16 domid_t;
typedef u32 evtchn_port_t;

typedef struct {
	int counter;
} atomic_t;

#define BITS_PER_LONG   64
#define NR_CPUS         64
#define PAGE_SHIFT      12
#define PAGE_SIZE       (1UL << PAGE_SHIFT)
#define PAGE_MASK       (~(PAGE_SIZE - 1))

typedef struct cpumask {
	unsigned long bits[NR_CPUS / BITS_PER_LONG];
} cpumask_t;

#endif /* BENCH_TYPES_H */
'''

CORE_HEADERS['compiler.h'] = r'''/*
 * compiler.h - branch hints, attributes, barriers and checking macros.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_COMPILER_H
#define BENCH_COMPILER_H

#define likely(x)         __builtin_expect(!!(x), 1)
#define unlikely(x)       __builtin_expect(!!(x), 0)

#define __used            __attribute__((__used__))
#define __maybe_unused    __attribute__((__unused__))
#define __must_check      __attribute__((__warn_unused_result__))
#define __noreturn        __attribute__((__noreturn__))
#define __packed          __attribute__((__packed__))
#define __aligned(n)      __attribute__((__aligned__(n)))
#define __read_mostly     __attribute__((__section__(".data.read_mostly")))
#define noinline          __attribute__((__noinline__))
#define __always_inline   inline __attribute__((__always_inline__))

/* Compiler-only barrier: forbids caching memory values across it. */
#define barrier()         asm volatile("" ::: "memory")
#define cpu_relax()       barrier()
#define smp_mb()          barrier()
#define smp_rmb()         barrier()
#define smp_wmb()         barrier()

#define READ_ONCE(x)      (*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, v)  do { *(volatile typeof(x) *)&(x) = (v); } while (0)

#define offsetof(type, member) __builtin_offsetof(type, member)

/* Pointer to the structure that embeds 'ptr' as its field 'member'. */
#define container_of(ptr, type, member) ({                          \
	typeof(((type *)0)->member) *__cptr = (ptr);                \
	(type *)((char *)__cptr - offsetof(type, member)); })

#define ARRAY_SIZE(a)     (sizeof(a) / sizeof((a)[0]))
#define BUILD_BUG_ON(c)   ((void)sizeof(char[1 - 2 * !!(c)]))

#define min(a, b) ({ typeof(a) __ma = (a); typeof(b) __mb = (b); __ma < __mb ? __ma : __mb; })
#define max(a, b) ({ typeof(a) __xa = (a); typeof(b) __xb = (b); __xa > __xb ? __xa : __xb; })
#define min_t(type, a, b) min((type)(a), (type)(b))
#define max_t(type, a, b) max((type)(a), (type)(b))
#define clamp(v, lo, hi)  min(max((v), (lo)), (hi))

extern void __noreturn assert_failed(const char *expr, const char *file, int line);
extern void __noreturn bug_at(const char *file, int line);
extern void warn_at(const char *file, int line);

#define ASSERT(p) do {                                              \
	if (unlikely(!(p)))                                         \
		assert_failed(#p, __FILE__, __LINE__);              \
} while (0)

#define BUG()       bug_at(__FILE__, __LINE__)
#define BUG_ON(c)   do { if (unlikely(c)) BUG(); } while (0)
#define WARN_ON(c)  ({ int __wc = !!(c); if (unlikely(__wc)) warn_at(__FILE__, __LINE__); __wc; })

#endif /* BENCH_COMPILER_H */
'''

CORE_HEADERS['spinlock.h'] = r'''/*
 * spinlock.h - lock primitives of the benchmark corpus.
 *
 * The primitives are deliberately plain extern functions: an analyser has to
 * recognise them by name, the way it would in a real kernel tree.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_SPINLOCK_H
#define BENCH_SPINLOCK_H

#include <types.h>
#include <compiler.h>

#define LOCK_NO_OWNER 0xfffu

typedef struct spinlock {
	volatile u32 ticket;
	u16 owner_cpu;
	u8 depth;
	u8 irq_safe;
} spinlock_t;

typedef struct rwlock {
	volatile u32 readers;
	volatile u32 writer;
	spinlock_t wait;
} rwlock_t;

#define SPIN_LOCK_UNLOCKED { .ticket = 0, .owner_cpu = LOCK_NO_OWNER, .depth = 0, .irq_safe = 0 }
#define RW_LOCK_UNLOCKED   { .readers = 0, .writer = 0, .wait = SPIN_LOCK_UNLOCKED }
#define DEFINE_SPINLOCK(name) spinlock_t name = SPIN_LOCK_UNLOCKED
#define DEFINE_RWLOCK(name)   rwlock_t name = RW_LOCK_UNLOCKED

extern void spin_lock_init(spinlock_t *lock);
extern void rwlock_init(rwlock_t *lock);

extern void spin_lock(spinlock_t *lock);
extern void spin_unlock(spinlock_t *lock);
extern int spin_trylock(spinlock_t *lock);
extern void spin_lock_irq(spinlock_t *lock);
extern void spin_unlock_irq(spinlock_t *lock);
extern unsigned long _spin_lock_irqsave(spinlock_t *lock);
extern void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);
extern void spin_lock_recursive(spinlock_t *lock);
extern void spin_unlock_recursive(spinlock_t *lock);
extern int spin_is_locked(const spinlock_t *lock);

/* Disable interrupts, remember their state in 'f' and take 'l'. */
#define spin_lock_irqsave(l, f) do { (f) = _spin_lock_irqsave(l); } while (0)

extern void read_lock(rwlock_t *lock);
extern void read_unlock(rwlock_t *lock);
extern void write_lock(rwlock_t *lock);
extern void write_unlock(rwlock_t *lock);
extern int rw_is_locked(const rwlock_t *lock);
extern int rw_is_write_locked(const rwlock_t *lock);

extern unsigned long arch_local_irq_save(void);
extern void arch_local_irq_restore(unsigned long flags);
extern void local_irq_disable(void);
extern void local_irq_enable(void);
extern int local_irq_is_enabled(void);

#define local_irq_save(f)    do { (f) = arch_local_irq_save(); } while (0)
#define local_irq_restore(f) arch_local_irq_restore(f)

/* Take two locks of the same class in address order. */
static inline void spin_lock_pair(spinlock_t *a, spinlock_t *b)
{
	if (a == b) {
		spin_lock(a);
	} else if (a < b) {
		spin_lock(a);
		spin_lock(b);
	} else {
		spin_lock(b);
		spin_lock(a);
	}
}

static inline void spin_unlock_pair(spinlock_t *a, spinlock_t *b)
{
	spin_unlock(a);
	if (a != b)
		spin_unlock(b);
}

#endif /* BENCH_SPINLOCK_H */
'''

CORE_HEADERS['list.h'] = r'''/*
 * list.h - circular doubly linked lists embedded in their elements.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_LIST_H
#define BENCH_LIST_H

#include <types.h>
#include <compiler.h>

struct list_head {
	struct list_head *next;
	struct list_head *prev;
};

#define LIST_POISON_NEXT ((struct list_head *)0x100)
#define LIST_POISON_PREV ((struct list_head *)0x200)

#define LIST_HEAD_INIT(name) { &(name), &(name) }
#define LIST_HEAD(name) struct list_head name = LIST_HEAD_INIT(name)

static inline void INIT_LIST_HEAD(struct list_head *head)
{
	head->next = head;
	head->prev = head;
}

static inline void __list_link(struct list_head *entry,
			       struct list_head *before,
			       struct list_head *after)
{
	after->prev = entry;
	entry->next = after;
	entry->prev = before;
	before->next = entry;
}

static inline void list_add(struct list_head *entry, struct list_head *head)
{
	__list_link(entry, head, head->next);
}

static inline void list_add_tail(struct list_head *entry, struct list_head *head)
{
	__list_link(entry, head->prev, head);
}

static inline void __list_unlink(struct list_head *before, struct list_head *after)
{
	after->prev = before;
	before->next = after;
}

static inline void list_del(struct list_head *entry)
{
	__list_unlink(entry->prev, entry->next);
	entry->next = LIST_POISON_NEXT;
	entry->prev = LIST_POISON_PREV;
}

static inline void list_del_init(struct list_head *entry)
{
	__list_unlink(entry->prev, entry->next);
	INIT_LIST_HEAD(entry);
}

static inline int list_empty(const struct list_head *head)
{
	return head->next == head;
}

static inline int list_is_singular(const struct list_head *head)
{
	return !list_empty(head) && head->next == head->prev;
}

static inline void list_move_tail(struct list_head *entry, struct list_head *head)
{
	__list_unlink(entry->prev, entry->next);
	list_add_tail(entry, head);
}

static inline void list_splice_init(struct list_head *from, struct list_head *to)
{
	struct list_head *first, *last;

	if (list_empty(from))
		return;
	first = from->next;
	last = from->prev;
	first->prev = to;
	last->next = to->next;
	to->next->prev = last;
	to->next = first;
	INIT_LIST_HEAD(from);
}

#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_first_entry(head, type, member) list_entry((head)->next, type, member)
#define list_next_entry(pos, member) \
	list_entry((pos)->member.next, typeof(*(pos)), member)

#define list_for_each(pos, head) \
	for ((pos) = (head)->next; (pos) != (head); (pos) = (pos)->next)

#define list_for_each_entry(pos, head, member)                          \
	for ((pos) = list_first_entry(head, typeof(*(pos)), member);     \
	     &(pos)->member != (head);                                   \
	     (pos) = list_next_entry(pos, member))

#define list_for_each_entry_safe(pos, n, head, member)                  \
	for ((pos) = list_first_entry(head, typeof(*(pos)), member),     \
	     (n) = list_next_entry(pos, member);                         \
	     &(pos)->member != (head);                                   \
	     (pos) = (n), (n) = list_next_entry(n, member))

/* Singly headed lists for hash buckets: one pointer per bucket. */
struct hlist_node {
	struct hlist_node *next;
	struct hlist_node **pprev;
};

struct hlist_head {
	struct hlist_node *first;
};

#define HLIST_HEAD_INIT { .first = NULL }

static inline void INIT_HLIST_NODE(struct hlist_node *node)
{
	node->next = NULL;
	node->pprev = NULL;
}

static inline int hlist_unhashed(const struct hlist_node *node)
{
	return node->pprev == NULL;
}

static inline void hlist_add_head(struct hlist_node *node, struct hlist_head *head)
{
	struct hlist_node *first = head->first;

	node->next = first;
	if (first)
		first->pprev = &node->next;
	head->first = node;
	node->pprev = &head->first;
}

static inline void hlist_del_init(struct hlist_node *node)
{
	if (hlist_unhashed(node))
		return;
	*node->pprev = node->next;
	if (node->next)
		node->next->pprev = node->pprev;
	INIT_HLIST_NODE(node);
}

#define hlist_for_each(pos, head) \
	for ((pos) = (head)->first; (pos) != NULL; (pos) = (pos)->next)

#endif /* BENCH_LIST_H */
'''

CORE_HEADERS['atomic.h'] = r'''/*
 * atomic.h - atomic counters built on the compiler's __atomic builtins.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_ATOMIC_H
#define BENCH_ATOMIC_H

#include <types.h>
#include <compiler.h>

#define ATOMIC_INIT(i) { (i) }

static inline int atomic_read(const atomic_t *v)
{
	return __atomic_load_n(&v->counter, __ATOMIC_RELAXED);
}

static inline void atomic_set(atomic_t *v, int i)
{
	__atomic_store_n(&v->counter, i, __ATOMIC_RELAXED);
}

static inline int atomic_add_return(int i, atomic_t *v)
{
	return __atomic_add_fetch(&v->counter, i, __ATOMIC_SEQ_CST);
}

static inline int atomic_sub_return(int i, atomic_t *v)
{
	return __atomic_sub_fetch(&v->counter, i, __ATOMIC_SEQ_CST);
}

static inline void atomic_add(int i, atomic_t *v)
{
	(void)atomic_add_return(i, v);
}

static inline void atomic_sub(int i, atomic_t *v)
{
	(void)atomic_sub_return(i, v);
}

static inline void atomic_inc(atomic_t *v)
{
	atomic_add(1, v);
}

static inline void atomic_dec(atomic_t *v)
{
	atomic_sub(1, v);
}

static inline int atomic_dec_and_test(atomic_t *v)
{
	return atomic_sub_return(1, v) == 0;
}

static inline int atomic_cmpxchg(atomic_t *v, int old, int new)
{
	__atomic_compare_exchange_n(&v->counter, &old, new, 0,
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	return old;
}

static inline int atomic_inc_not_zero(atomic_t *v)
{
	int c = atomic_read(v);

	while (c != 0) {
		int seen = atomic_cmpxchg(v, c, c + 1);

		if (seen == c)
			return 1;
		c = seen;
	}
	return 0;
}

#define xchg(ptr, v) __atomic_exchange_n((ptr), (v), __ATOMIC_SEQ_CST)
#define cmpxchg(ptr, o, n) ({                                           \
	typeof(*(ptr)) __cx_old = (o);                                  \
	__atomic_compare_exchange_n((ptr), &__cx_old, (n), 0,           \
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);\
	__cx_old; })

#endif /* BENCH_ATOMIC_H */
'''

CORE_HEADERS['bitops.h'] = r'''/*
 * bitops.h - atomic and non-atomic bit operations on unsigned long words.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_BITOPS_H
#define BENCH_BITOPS_H

#include <types.h>
#include <compiler.h>

#define BIT(n)            (1UL << (n))
#define BIT_WORD(n)       ((n) / BITS_PER_LONG)
#define BIT_MASK(n)       (1UL << ((n) % BITS_PER_LONG))
#define BITS_TO_LONGS(n)  (((n) + BITS_PER_LONG - 1) / BITS_PER_LONG)

static inline void set_bit(unsigned int nr, volatile unsigned long *addr)
{
	(void)__atomic_fetch_or(&addr[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_SEQ_CST);
}

static inline void clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	(void)__atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr), __ATOMIC_SEQ_CST);
}

static inline int test_bit(unsigned int nr, const volatile unsigned long *addr)
{
	return (addr[BIT_WORD(nr)] & BIT_MASK(nr)) != 0;
}

static inline int test_and_set_bit(unsigned int nr, volatile unsigned long *addr)
{
	unsigned long old = __atomic_fetch_or(&addr[BIT_WORD(nr)], BIT_MASK(nr),
					      __ATOMIC_SEQ_CST);

	return (old & BIT_MASK(nr)) != 0;
}

static inline int test_and_clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	unsigned long old = __atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr),
					       __ATOMIC_SEQ_CST);

	return (old & BIT_MASK(nr)) != 0;
}

static inline void __set_bit(unsigned int nr, unsigned long *addr)
{
	addr[BIT_WORD(nr)] |= BIT_MASK(nr);
}

static inline void __clear_bit(unsigned int nr, unsigned long *addr)
{
	addr[BIT_WORD(nr)] &= ~BIT_MASK(nr);
}

static inline unsigned int find_first_set_bit(unsigned long word)
{
	return word ? (unsigned int)__builtin_ctzl(word) : BITS_PER_LONG;
}

static inline unsigned int hweight_long(unsigned long word)
{
	return (unsigned int)__builtin_popcountl(word);
}

static inline unsigned int find_next_set(const unsigned long *map,
					 unsigned int size, unsigned int from)
{
	while (from < size) {
		unsigned long word = map[BIT_WORD(from)] >> (from % BITS_PER_LONG);

		if (word)
			return from + find_first_set_bit(word);
		from = (from | (BITS_PER_LONG - 1)) + 1;
	}
	return size;
}

#endif /* BENCH_BITOPS_H */
'''

CORE_HEADERS['lib.h'] = r'''/*
 * lib.h - memory, string, allocation and logging helpers.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_LIB_H
#define BENCH_LIB_H

#include <types.h>
#include <compiler.h>

extern void *memset(void *s, int c, size_t n);
extern void *memcpy(void *dst, const void *src, size_t n);
extern int memcmp(const void *a, const void *b, size_t n);
extern size_t strlen(const char *s);
extern int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));
extern void printk(const char *fmt, ...)
	__attribute__((__format__(__printf__, 1, 2)));
extern void __noreturn panic(const char *fmt, ...)
	__attribute__((__format__(__printf__, 1, 2)));

extern void *_xmalloc(size_t size, size_t align);
extern void *_xzalloc(size_t size, size_t align);
extern void xfree(void *p);

#define xmalloc(type) ((type *)_xmalloc(sizeof(type), __alignof__(type)))
#define xzalloc(type) ((type *)_xzalloc(sizeof(type), __alignof__(type)))

#define LOG_ERR    0
#define LOG_WARN   1
#define LOG_INFO   2
#define LOG_DEBUG  3
#define LOG_LEVEL  LOG_INFO

#define dprintk(lvl, fmt, ...) do {                                     \
	if ((lvl) <= LOG_LEVEL)                                         \
		printk("%s:%d: " fmt, __FILE__, __LINE__, ##__VA_ARGS__); \
} while (0)

static inline u32 hash_u32(u32 val, unsigned int bits)
{
	return (val * 0x2f0b3a6du) >> (32 - bits);
}

static inline unsigned long round_up_pow2(unsigned long x)
{
	unsigned long r = 1;

	while (r < x)
		r <<= 1;
	return r;
}

#endif /* BENCH_LIB_H */
'''

CORE_HEADERS['errcodes.h'] = r'''/*
 * errcodes.h - error numbers and error-pointer helpers.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_ERRCODES_H
#define BENCH_ERRCODES_H

#include <types.h>
#include <compiler.h>

#define EPERM        1
#define ENOENT       2
#define EINTR        4
#define EIO          5
#define ENXIO        6
#define E2BIG        7
#define EAGAIN      11
#define ENOMEM      12
#define EFAULT      14
#define EBUSY       16
#define EEXIST      17
#define ENODEV      19
#define EINVAL      22
#define ENOSPC      28
#define ERANGE      34
#define EDEADLK     35
#define ENOSYS      38
#define ENODATA     61
#define ETIMEDOUT  110
#define EALREADY   114
#define EINPROGRESS 115

#define MAX_ERRNO  4095

static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline bool IS_ERR(const void *ptr)
{
	return unlikely((unsigned long)ptr >= (unsigned long)-MAX_ERRNO);
}

#endif /* BENCH_ERRCODES_H */
'''

CORE_HEADERS['percpu.h'] = r'''/*
 * percpu.h - per-CPU variables and CPU numbering.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_PERCPU_H
#define BENCH_PERCPU_H

#include <types.h>
#include <bitops.h>

extern unsigned int nr_cpu_ids;
extern unsigned int smp_processor_id(void);

#define DEFINE_PER_CPU(type, name)  __typeof__(type) per_cpu__##name[NR_CPUS]
#define DECLARE_PER_CPU(type, name) extern __typeof__(type) per_cpu__##name[NR_CPUS]
#define per_cpu(name, cpu)          (per_cpu__##name[(cpu)])
#define this_cpu(name)              per_cpu(name, smp_processor_id())

#define for_each_cpu_id(c) for ((c) = 0; (c) < nr_cpu_ids; (c)++)

static inline bool cpu_online(unsigned int cpu)
{
	return cpu < nr_cpu_ids;
}

static inline void cpumask_set(unsigned int cpu, cpumask_t *mask)
{
	set_bit(cpu, mask->bits);
}

static inline int cpumask_test(unsigned int cpu, const cpumask_t *mask)
{
	return test_bit(cpu, mask->bits);
}

#endif /* BENCH_PERCPU_H */
'''

CORE_HEADERS['rcupdate.h'] = r'''/*
 * rcupdate.h - read-copy-update style pointer publication.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_RCUPDATE_H
#define BENCH_RCUPDATE_H

#include <compiler.h>

struct rcu_head {
	struct rcu_head *next;
	void (*func)(struct rcu_head *head);
};

extern void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *head));
extern void synchronize_rcu(void);

static inline void rcu_read_lock(void)
{
	barrier();
}

static inline void rcu_read_unlock(void)
{
	barrier();
}

#define rcu_dereference(p) ({ typeof(p) __rp = READ_ONCE(p); smp_rmb(); __rp; })
#define rcu_assign_pointer(p, v) do { smp_wmb(); WRITE_ONCE((p), (v)); } while (0)

#endif /* BENCH_RCUPDATE_H */
'''

CORE_HEADERS['ktime.h'] = r'''/*
 * ktime.h - system time in nanoseconds.
 * Synthetic header of the LockAudit benchmark corpus.
 */
#ifndef BENCH_KTIME_H
#define BENCH_KTIME_H

#include <types.h>

extern s_time_t get_s_time(void);

#define NOW()           get_s_time()
#define SECONDS(s)      ((s_time_t)((s) * 1000000000ULL))
#define MILLISECS(ms)   ((s_time_t)((ms) * 1000000ULL))
#define MICROSECS(us)   ((s_time_t)((us) * 1000ULL))

static inline bool time_before(s_time_t a, s_time_t b)
{
	return a - b < 0;
}

static inline bool time_after(s_time_t a, s_time_t b)
{
	return time_before(b, a);
}

static inline s_time_t time_since(s_time_t then)
{
	return NOW() - then;
}

#endif /* BENCH_KTIME_H */
'''

# Headers every subsystem header pulls in (so every unit sees them).
SUBSYS_BASE_INCLUDES = ['types.h', 'compiler.h', 'spinlock.h', 'list.h',
                        'atomic.h', 'bitops.h', 'lib.h']
# Core headers a unit may include directly, beyond errcodes.h.
UNIT_CORE_CHOICES = ['spinlock.h', 'list.h', 'lib.h', 'bitops.h', 'atomic.h',
                     'compiler.h', 'types.h', 'percpu.h', 'rcupdate.h', 'ktime.h']

# ---------------------------------------------------------------------------
# Subsystems: shared objects, their locks and what each lock protects
# ---------------------------------------------------------------------------
# Field guard: name of the lock of the same struct, None = immutable after
# init (read anywhere, never written).  Element structs without locks have
# their fields protected by the lock that guards the list they sit on.

SUBSYSTEMS = [
    dict(name='sched', dir='common/sched', extra_includes=['percpu.h', 'ktime.h'],
         stems=['credit', 'rt', 'null', 'arinc', 'core', 'cpupool', 'affinity', 'balance'],
         doc='scheduler: virtual CPUs and per-CPU run queues',
         structs=[
             dict(name='vcpu', var='v', short='vcpu',
                  locks=[('pause_lock', 'spin')],
                  fields=[('vcpu_id', 'int', None), ('processor', 'unsigned int', 'pause_lock'),
                          ('pause_count', 'int', 'pause_lock'), ('is_running', 'bool', 'pause_lock'),
                          ('runstate_entry', 's64', 'pause_lock'), ('credit', 'int', 'pause_lock')],
                  flags='pause_flags', stats=('vcpu_stats', ['switches', 'wakeups', 'migrations'], 'pause_lock'),
                  links=['runq_elem', 'domain_list'], parent=('domain', 'domain'),
                  key='vcpu_id', counter='credit'),
             dict(name='runqueue', var='rq', short='rq',
                  locks=[('lock', 'irq')],
                  fields=[('cpu', 'unsigned int', None), ('nr_running', 'unsigned int', 'lock'),
                          ('load', 'u64', 'lock'), ('max_weight', 'int', 'lock'),
                          ('idle', 'bool', 'lock'), ('last_balance', 's64', 'lock')],
                  flags='rq_flags', stats=('rq_stats', ['enqueues', 'dequeues', 'balances'], 'lock'),
                  lists=[('runq', 'vcpu', 'runq_elem', 'lock', 'nr_running')],
                  ops=('sched_ops', 'sched', [('pick_next', 'int', ('lock', 'x')),
                                              ('wake', 'void', ('lock', 'x')),
                                              ('sleep', 'void', ('lock', 'x')),
                                              ('adjust', 'int', None)])),
         ]),
    dict(name='domain', dir='common/domain', extra_includes=['sched.h', 'mm.h'],
         stems=['domctl', 'lifecycle', 'pause', 'memory', 'pci', 'shutdown', 'quota'],
         doc='domains: the owners of vCPUs and memory',
         structs=[
             dict(name='domain', var='d', short='dom',
                  locks=[('lock', 'spin'), ('page_alloc_lock', 'rec'), ('pci_lock', 'rw')],
                  fields=[('domain_id', 'domid_t', None), ('is_dying', 'bool', 'lock'),
                          ('pause_count', 'int', 'lock'), ('tot_pages', 'unsigned int', 'page_alloc_lock'),
                          ('max_pages', 'unsigned int', 'page_alloc_lock'),
                          ('outstanding_pages', 'unsigned long', 'page_alloc_lock'),
                          ('nr_pirqs', 'unsigned int', 'pci_lock'), ('pci_flags', 'unsigned long', 'pci_lock')],
                  flags='domain_flags', stats=('domain_stats', ['faults', 'page_allocs', 'page_frees'], 'page_alloc_lock'),
                  lists=[('page_list', 'page_info', 'list', 'page_alloc_lock', 'tot_pages'),
                         ('vcpu_list', 'vcpu', 'domain_list', 'lock', None)],
                  refcnt=True),
         ]),
    dict(name='mm', dir='arch/mm', extra_includes=[],
         stems=['p2m', 'heap', 'paging', 'shadow', 'pod', 'buddy', 'scrub'],
         doc='memory: pages, physical-to-machine tables and heap zones',
         structs=[
             dict(name='page_info', var='pg', short='page', locks=[],
                  fields=[('count_info', 'unsigned long', 'list'), ('type_info', 'u32', 'list'),
                          ('order', 'unsigned int', 'list')],
                  links=['list', 'lru'], parent=('owner', 'domain'),
                  key='type_info', counter='count_info'),
             dict(name='p2m_domain', var='p2m', short='p2m',
                  locks=[('lock', 'rw')],
                  fields=[('max_mapped_pfn', 'unsigned long', 'lock'), ('entry_count', 'unsigned long', 'lock'),
                          ('default_access', 'u32', 'lock'), ('logdirty', 'bool', 'lock'),
                          ('nr_shared', 'unsigned int', 'lock')],
                  flags='p2m_flags', stats=('p2m_stats', ['lookups', 'updates', 'misses'], 'lock'),
                  lists=[('pod_list', 'page_info', 'lru', 'lock', 'entry_count')],
                  parent=('domain', 'domain'),
                  ops=('p2m_ops', 'ops', [('set_entry', 'int', ('lock', 'w')),
                                          ('get_entry', 'int', ('lock', 'r')),
                                          ('flush', 'void', None)])),
             dict(name='heap_zone', var='z', short='zone',
                  locks=[('lock', 'irq')],
                  fields=[('node', 'unsigned int', None), ('free_pages', 'unsigned long', 'lock'),
                          ('max_order', 'unsigned int', 'lock'), ('scrub_pending', 'unsigned long', 'lock'),
                          ('low_watermark', 'unsigned long', 'lock')],
                  stats=('heap_stats', ['allocs', 'frees', 'splits'], 'lock'),
                  lists=[('free_list', 'page_info', 'list', 'lock', 'free_pages')]),
         ]),
    dict(name='irq', dir='arch/irq', extra_includes=['percpu.h'],
         stems=['i8259', 'ioapic', 'msi', 'lapic', 'pirq', 'vector', 'handler'],
         doc='interrupts: descriptors, chip operations and actions',
         structs=[
             dict(name='irqaction', var='action', short='action', locks=[],
                  fields=[('flags', 'unsigned long', 'list'), ('dev_id', 'int', 'list'),
                          ('hits', 'unsigned int', 'list')],
                  links=['entry'], key='dev_id', counter='hits'),
             dict(name='irq_desc', var='desc', short='desc',
                  locks=[('lock', 'irq')],
                  fields=[('irq', 'int', None), ('status', 'unsigned int', 'lock'),
                          ('depth', 'unsigned int', 'lock'), ('last_ts', 's64', 'lock'),
                          ('affinity', 'unsigned long', 'lock'), ('pending', 'bool', 'lock')],
                  stats=('irq_stats', ['count', 'spurious', 'unhandled'], 'lock'),
                  lists=[('actions', 'irqaction', 'entry', 'lock', None)],
                  ops=('irq_chip', 'handler', [('startup', 'int', ('lock', 'x')),
                                               ('shutdown', 'void', ('lock', 'x')),
                                               ('ack', 'void', ('lock', 'x')),
                                               ('set_affinity', 'int', ('lock', 'x'))])),
         ]),
    dict(name='timer', dir='common/timer', extra_includes=['ktime.h'],
         stems=['softirq', 'watchdog', 'hrtimer', 'tick', 'deadline', 'heap'],
         doc='timers: per-CPU timer bases and their pending timers',
         structs=[
             dict(name='timer', var='tm', short='timer', locks=[],
                  fields=[('expires', 's64', 'list'), ('cpu', 'unsigned int', 'list'),
                          ('status', 'u8', 'list'), ('period', 's64', 'list')],
                  links=['inactive'], key='cpu', counter='period'),
             dict(name='timer_base', var='tb', short='tbase',
                  locks=[('lock', 'irq')],
                  fields=[('cpu', 'unsigned int', None), ('next_deadline', 's64', 'lock'),
                          ('nr_timers', 'unsigned int', 'lock'), ('running', 'bool', 'lock'),
                          ('softirq_pending', 'unsigned long', 'lock')],
                  stats=('timer_stats', ['fired', 'added', 'removed'], 'lock'),
                  lists=[('timers', 'timer', 'inactive', 'lock', 'nr_timers')]),
         ]),
    dict(name='net', dir='drivers/net', extra_includes=['rcupdate.h'],
         stems=['netfront', 'bridge', 'vif', 'loopback', 'bond', 'tap', 'ring'],
         doc='networking: devices, transmit queues and socket buffers',
         structs=[
             dict(name='sk_buff', var='skb', short='skb', locks=[],
                  fields=[('len', 'unsigned int', 'list'), ('protocol', 'u16', 'list'),
                          ('mark', 'u32', 'list'), ('priority', 'u32', 'list')],
                  links=['list'], key='mark', counter='priority'),
             dict(name='net_device', var='dev', short='netdev',
                  locks=[('tx_lock', 'spin'), ('addr_lock', 'rw')],
                  fields=[('ifindex', 'int', None), ('tx_queue_len', 'unsigned long', 'tx_lock'),
                          ('watchdog_ts', 's64', 'tx_lock'), ('tx_stopped', 'bool', 'tx_lock'),
                          ('mtu', 'unsigned int', 'addr_lock'), ('if_flags', 'unsigned int', 'addr_lock'),
                          ('promisc', 'int', 'addr_lock')],
                  flags='state', stats=('net_stats', ['tx_packets', 'tx_bytes', 'tx_dropped'], 'tx_lock'),
                  lists=[('tx_queue', 'sk_buff', 'list', 'tx_lock', 'tx_queue_len')],
                  refcnt=True,
                  ops=('net_device_ops', 'netdev_ops', [('ndo_open', 'int', None),
                                                        ('ndo_stop', 'int', None),
                                                        ('ndo_start_xmit', 'int', ('tx_lock', 'x')),
                                                        ('ndo_change_mtu', 'int', ('addr_lock', 'w'))])),
         ]),
    dict(name='blk', dir='drivers/block', extra_includes=[],
         stems=['blkfront', 'elevator', 'merge', 'flush', 'tag', 'loop', 'mq'],
         doc='block layer: request queues and requests',
         structs=[
             dict(name='request', var='req', short='req', locks=[],
                  fields=[('sector', 'u64', 'list'), ('nr_sectors', 'unsigned int', 'list'),
                          ('errors', 'int', 'list'), ('cmd_flags', 'unsigned int', 'list')],
                  links=['queuelist'], key='sector', counter='errors'),
             dict(name='request_queue', var='q', short='queue',
                  locks=[('queue_lock', 'irq')],
                  fields=[('node', 'int', None), ('nr_requests', 'unsigned int', 'queue_lock'),
                          ('queue_flags', 'unsigned long', 'queue_lock'), ('in_flight', 'unsigned int', 'queue_lock'),
                          ('last_merge', 'u64', 'queue_lock'), ('dying', 'bool', 'queue_lock')],
                  stats=('blk_stats', ['merges', 'dispatched', 'completed'], 'queue_lock'),
                  lists=[('queue_head', 'request', 'queuelist', 'queue_lock', 'nr_requests')],
                  refcnt=True,
                  ops=('elevator_ops', 'elv', [('merge', 'int', ('queue_lock', 'x')),
                                               ('dispatch', 'int', ('queue_lock', 'x')),
                                               ('completed', 'void', ('queue_lock', 'x')),
                                               ('init_queue', 'int', None)])),
         ]),
    dict(name='event', dir='common/event', extra_includes=[],
         stems=['evtchn', 'fifo', 'twolevel', 'virq', 'ipi', 'notify'],
         doc='event channels: ports and per-domain port groups',
         structs=[
             dict(name='evtchn', var='chn', short='chn',
                  locks=[('lock', 'spin')],
                  fields=[('port', 'evtchn_port_t', None), ('state', 'u8', 'lock'),
                          ('notify_vcpu_id', 'u16', 'lock'), ('priority', 'u8', 'lock'),
                          ('pending', 'bool', 'lock'), ('masked', 'bool', 'lock')],
                  links=['node'], key='port', counter='notify_vcpu_id'),
             dict(name='evtchn_group', var='grp', short='evtgrp',
                  locks=[('lock', 'rw')],
                  fields=[('nr_ports', 'unsigned int', 'lock'), ('max_ports', 'unsigned int', 'lock'),
                          ('next_port', 'evtchn_port_t', 'lock'), ('frozen', 'bool', 'lock')],
                  stats=('evtchn_stats', ['binds', 'sends', 'closes'], 'lock'),
                  lists=[('ports', 'evtchn', 'node', 'lock', 'nr_ports')],
                  parent=('domain', 'domain'),
                  ops=('evtchn_port_ops', 'port_ops', [('set_pending', 'void', None),
                                                       ('clear_pending', 'void', None),
                                                       ('is_pending', 'int', None),
                                                       ('unmask', 'void', ('lock', 'r'))])),
         ]),
    dict(name='grant', dir='common/grant', extra_includes=[],
         stems=['gnttab', 'maptrack', 'copy', 'transfer', 'version', 'cache'],
         doc='grant tables: shared memory grants between domains',
         structs=[
             dict(name='active_grant', var='agnt', short='active',
                  locks=[('lock', 'spin')],
                  fields=[('gref', 'u32', None), ('pin', 'u32', 'lock'), ('domid', 'domid_t', 'lock'),
                          ('frame', 'unsigned long', 'lock'), ('is_sub_page', 'bool', 'lock')],
                  links=['link'], key='gref', counter='pin'),
             dict(name='grant_table', var='gt', short='gnttab',
                  locks=[('lock', 'rw'), ('maptrack_lock', 'spin')],
                  fields=[('nr_grant_frames', 'unsigned int', 'lock'), ('max_grant_frames', 'unsigned int', 'lock'),
                          ('gt_version', 'u8', 'lock'), ('maptrack_head', 'unsigned int', 'maptrack_lock'),
                          ('maptrack_limit', 'unsigned int', 'maptrack_lock'),
                          ('maptrack_used', 'unsigned int', 'maptrack_lock')],
                  stats=('grant_stats', ['maps', 'unmaps', 'copies'], 'maptrack_lock'),
                  lists=[('active_list', 'active_grant', 'link', 'lock', None)],
                  parent=('domain', 'domain')),
         ]),
]

API_VERBS = ['flush', 'reset', 'sync', 'reclaim', 'audit', 'drain', 'refresh',
             'account', 'migrate', 'commit', 'probe', 'quiesce', 'resize', 'rebind']


class Struct:
    """A shared object type with its locks and protected state."""

    def __init__(self, spec, subsys):
        self.name = spec['name']
        self.var = spec['var']
        self.short = spec['short']
        self.subsys = subsys
        self.locks = list(spec.get('locks', []))
        self.kind = dict(self.locks)
        self.lockidx = {l: i for i, (l, _) in enumerate(self.locks)}
        self.fields = spec['fields']
        self.ftype = {f: t for f, t, _ in self.fields}
        self.flags = spec.get('flags')
        self.stats = spec.get('stats')
        self.lists = spec.get('lists', [])
        self.links = spec.get('links', [])
        self.parent = spec.get('parent')
        self.refcnt = spec.get('refcnt', False)
        self.ops = spec.get('ops')
        self.key = spec.get('key')
        self.counter = spec.get('counter')
        self.limit = 'BENCH_%s_LIMIT' % self.name.upper()
        self.header = subsys + '.h'

    def guarded(self, lname):
        return [(f, t) for f, t, g in self.fields if g == lname]

    def write_locks(self):
        """Locks that protect some writable state."""
        out = []
        for l, _ in self.locks:
            if self.guarded(l) or (self.stats and self.stats[2] == l):
                out.append(l)
        return out

    def lock_type(self, l):
        return 'rwlock_t' if self.kind[l] == 'rw' else 'spinlock_t'


STRUCTS = {}
for _sub in SUBSYSTEMS:
    _sub['objs'] = [Struct(s, _sub['name']) for s in _sub['structs']]
    for _s in _sub['objs']:
        STRUCTS[_s.name] = _s


def is_locked_expr(base, S, lname, mode):
    if S.kind[lname] == 'rw':
        fn = 'rw_is_write_locked' if mode == 'w' else 'rw_is_locked'
    else:
        fn = 'spin_is_locked'
    return '%s(&%s->%s)' % (fn, base, lname)


# ---------------------------------------------------------------------------
# Function records (header inlines, header externs, unit functions)
# ---------------------------------------------------------------------------

class Fn:
    def __init__(self, name, ret, params, prim, static=True, requires=None,
                 acquires=None, cond=None, kind='func', header=False):
        self.name = name
        self.ret = ret
        self.params = params          # list of (ctype, pname, role)
        self.prim = prim              # struct name or None (global)
        self.static = static
        self.requires = dict(requires or {})   # lock -> 'x' | 'r' | 'w'
        self.acquires = set(acquires or ())
        self.cond = cond
        self.kind = kind              # func | stat_macro | nocall
        self.header = header
        self.called = False
        self.lines = []
        self.extra = None             # stat macro: stats member list


def mode_ok(have, need):
    if need == 'w':
        return have in ('w', 'x')
    return True


def can_call(fn, S, held):
    """Is calling fn on an object of type S legal with 'held' (lock->mode)?"""
    if fn.kind == 'nocall':
        return False
    if any(role == 'elem' for _, _, role in fn.params):
        return False
    if fn.prim is not None and fn.prim != S.name:
        return False
    for l, m in fn.requires.items():
        if l not in held or not mode_ok(held[l], m):
            return False
    if fn.cond and fn.cond in held and not mode_ok(held[fn.cond], 'w'):
        return False
    acq = set(fn.acquires)
    if fn.cond and fn.cond not in held:
        acq.add(fn.cond)
    for l in acq:
        if l.startswith('<'):
            continue
        if l in held and S.kind.get(l) != 'rec':
            return False
        for h in held:
            if S.lockidx.get(h, -1) > S.lockidx.get(l, 99):
                return False
    return True


# ---------------------------------------------------------------------------
# Header generation
# ---------------------------------------------------------------------------

def lock_text(kind, mode, target, flags='flags'):
    """(acquire, release) statements for a lock expression '&x->l'."""
    if kind == 'rw':
        if mode == 'r':
            return 'read_lock(%s);' % target, 'read_unlock(%s);' % target
        return 'write_lock(%s);' % target, 'write_unlock(%s);' % target
    if kind == 'irq':
        return ('spin_lock_irqsave(%s, %s);' % (target, flags),
                'spin_unlock_irqrestore(%s, %s);' % (target, flags))
    if kind == 'rec':
        return 'spin_lock_recursive(%s);' % target, 'spin_unlock_recursive(%s);' % target
    return 'spin_lock(%s);' % target, 'spin_unlock(%s);' % target


def gen_subsys_header(sub, seed):
    hr = random.Random('%s/header/%s' % (seed, sub['name']))
    name = sub['name']
    guard = 'BENCH_%s_H' % name.upper()
    out = ['/*', ' * %s.h - %s.' % (name, sub['doc']),
           ' * Synthetic header of the LockAudit benchmark corpus.', ' */',
           '#ifndef ' + guard, '#define ' + guard, '']
    for inc in SUBSYS_BASE_INCLUDES + sub['extra_includes']:
        out.append('#include <%s>' % inc)
    out.append('')
    local = {s.name for s in sub['objs']}
    fwd = set()
    for s in sub['objs']:
        if s.parent and s.parent[1] not in local:
            fwd.add(s.parent[1])
    for f in sorted(fwd):
        out.append('struct %s;' % f)
    for s in sub['objs']:
        if s.ops:
            out.append('struct %s;' % s.ops[0])
    out.append('')
    for s in sub['objs']:
        out.append('#define %s %d' % (s.limit, hr.choice([16, 32, 64, 128])))
        if s.flags:
            for i, fl in enumerate(['BUSY', 'DIRTY', 'FROZEN']):
                out.append('#define %s_F_%s %d' % (s.short.upper(), fl, i))
    out.append('')

    funcs = []
    apis = []
    for s in sub['objs']:
        out += render_struct(s)
        out.append('')
        if s.ops:
            ops_name, _, members = s.ops
            out.append('struct %s {' % ops_name)
            out.append('\tconst char *name;')
            for m, ret, _held in members:
                out.append('\t%s (*%s)(struct %s *%s, unsigned long arg);' % (ret, m, s.name, s.var))
            out.append('};')
            out.append('')

    # extern API, implemented by units of this subsystem
    for s in sub['objs']:
        if not s.locks:
            continue
        verbs = hr.sample(API_VERBS, 3)
        n = hr.choice([2, 3])
        for i in range(n):
            lname = hr.choice(s.write_locks())
            if i == 1 and n == 3:
                fn = Fn('%s_%s_locked' % (s.name, verbs[i]), 'int',
                        [('struct %s *' % s.name, s.var, 'obj'), ('unsigned long', 'arg', 'arg')],
                        s.name, static=False,
                        requires={lname: 'w' if s.kind[lname] == 'rw' else 'x'}, header=True)
                fn.api = ('requires', lname)
                comment = 'caller holds %s' % lname
            else:
                fn = Fn('%s_%s' % (s.name, verbs[i]), 'int',
                        [('struct %s *' % s.name, s.var, 'obj'), ('unsigned long', 'arg', 'arg')],
                        s.name, static=False, acquires={lname}, header=True)
                fn.api = ('acquires', lname)
                comment = 'takes %s' % lname
            apis.append(fn)
            out.append('extern int %s(struct %s *%s, unsigned long arg); /* %s */'
                       % (fn.name, s.name, s.var, comment))
        if s.refcnt:
            fn = Fn('%s_destroy' % s.name, 'void', [('struct %s *' % s.name, s.var, 'obj')],
                    s.name, static=False, acquires={l for l, _ in s.locks}, kind='nocall', header=True)
            fn.api = ('destroy', None)
            apis.append(fn)
            out.append('extern void %s(struct %s *%s);' % (fn.name, s.name, s.var))
    out.append('')

    for s in sub['objs']:
        if s.locks:
            lines, fns = gen_struct_inlines(s, hr)
            out += lines
            funcs += fns
    out.append('#endif /* %s */' % guard)
    return '\n'.join(out) + '\n', funcs, apis


def render_struct(s):
    out = []
    if s.stats:
        out.append('struct %s {' % s.stats[0])
        for m in s.stats[1]:
            out.append('\tu64 %s;' % m)
        out.append('};')
        out.append('')
    out.append('struct %s {' % s.name)
    for f, t, g in s.fields:
        if g is None:
            out.append('\t%s %s;' % (t, f))
    for l, k in s.locks:
        prot = [f for f, _ in s.guarded(l)]
        prot += [lst[0] for lst in s.lists if lst[3] == l]
        if s.stats and s.stats[2] == l:
            prot.append('stats')
        out.append('\t%s %s;%s' % (s.lock_type(l), l,
                                    ' /* protects %s */' % ', '.join(prot) if prot else ''))
        for f, t in s.guarded(l):
            out.append('\t%s %s;' % (t, f))
    if not s.locks:
        for f, t, g in s.fields:
            if g is not None:
                out.append('\t%s %s;' % (t, f))
    if s.flags:
        out.append('\tunsigned long %s;' % s.flags)
    if s.refcnt:
        out.append('\tatomic_t refcnt;')
    if s.stats:
        out.append('\tstruct %s stats;' % s.stats[0])
    for lst in s.lists:
        out.append('\tstruct list_head %s;' % lst[0])
    for ln in s.links:
        out.append('\tstruct list_head %s;' % ln)
    if s.parent:
        out.append('\tstruct %s *%s;' % (s.parent[1], s.parent[0]))
    if s.ops:
        out.append('\tconst struct %s *%s;' % (s.ops[0], s.ops[1]))
    out.append('\tvoid *priv;')
    out.append('};')
    return out


def header_lock(s, lname, mode, v):
    kind = s.kind[lname]
    if kind == 'irq':
        return lock_text('irq', mode, '&%s->%s' % (v, lname), 'flags')
    return lock_text(kind, mode, '&%s->%s' % (v, lname))


def gen_struct_inlines(s, hr):
    v = s.var
    T = s.name
    obj = ('struct %s *' % T, v, 'obj')
    out = []
    fns = []
    l0, k0 = s.locks[0]
    acq, rel = {'spin': ('spin_lock', 'spin_unlock'), 'irq': ('spin_lock_irq', 'spin_unlock_irq'),
                'rec': ('spin_lock_recursive', 'spin_unlock_recursive'),
                'rw': ('write_lock', 'write_unlock')}[k0]
    for nm, prim in (('lock', acq), ('unlock', rel)):
        out += ['static inline void %s_%s(struct %s *%s)' % (T, nm, T, v), '{',
                '\t%s(&%s->%s);' % (prim, v, l0), '}', '']
        fns.append(Fn('%s_%s' % (T, nm), 'void', [obj], T, kind='nocall', header=True))
    lmode = 'w' if k0 == 'rw' else 'x'
    out += ['static inline bool %s_is_locked(const struct %s *%s)' % (T, T, v), '{',
            '\treturn %s;' % is_locked_expr(v, s, l0, lmode), '}', '']

    # getters that take the protecting lock
    cands = [(f, t, g) for f, t, g in s.fields if g is not None and t != 'bool']
    for f, t, g in hr.sample(cands, min(2, len(cands))):
        mode = 'r' if s.kind[g] == 'rw' else 'x'
        a, r = header_lock(s, g, mode, v)
        body = ['static inline %s %s_read_%s(struct %s *%s)' % (t, T, f, T, v), '{', '\t%s val;' % t]
        if s.kind[g] == 'irq':
            body.append('\tunsigned long flags;')
        body += ['', '\t' + a, '\tval = %s->%s;' % (v, f), '\t' + r, '\treturn val;', '}', '']
        out += body
        fns.append(Fn('%s_read_%s' % (T, f), t, [obj], T, acquires={g}, header=True))

    # setters that require the lock (precondition checked with ASSERT)
    for f, t, g in hr.sample(cands, min(2, len(cands))):
        mode = 'w' if s.kind[g] == 'rw' else 'x'
        out += ['static inline void __%s_set_%s(struct %s *%s, %s val)' % (T, f, T, v, t), '{',
                '\tASSERT(%s);' % is_locked_expr(v, s, g, mode),
                '\t%s->%s = val;' % (v, f), '}', '']
        fns.append(Fn('__%s_set_%s' % (T, f), 'void', [obj, (t, 'val', 'val')], T,
                      requires={g: mode}, header=True))

    # statistics macro (do-while with its own locking)
    if s.stats and s.kind[s.stats[2]] != 'rw':
        g = s.stats[2]
        mac = '%s_stat_add' % T
        if s.kind[g] == 'irq':
            body = ['#define %s(x, member, n) do {' % mac,
                    '\tunsigned long __sflags;',
                    '\tspin_lock_irqsave(&(x)->%s, __sflags);' % g,
                    '\t(x)->stats.member += (n);',
                    '\tspin_unlock_irqrestore(&(x)->%s, __sflags);' % g,
                    '} while (0)']
        else:
            a, r = lock_text(s.kind[g], 'x', '&(x)->%s' % g)
            body = ['#define %s(x, member, n) do {' % mac, '\t' + a,
                    '\t(x)->stats.member += (n);', '\t' + r, '} while (0)']
        width = max(len(b.expandtabs(8)) for b in body) + 2
        for i, b in enumerate(body):
            if i < len(body) - 1:
                pad = width - len(b.expandtabs(8))
                b = b + ' ' * max(1, pad) + '\\'
            out.append(b)
        out.append('')
        f = Fn(mac, 'void', [obj], T, acquires={g}, kind='stat_macro', header=True)
        f.extra = s.stats[1]
        fns.append(f)

    # list helpers
    for lname, E, member, g, count in s.lists:
        es = STRUCTS[E]
        wmode = 'w' if s.kind[g] == 'rw' else 'x'
        body = ['static inline void __%s_add_%s(struct %s *%s, struct %s *%s)' % (T, E, T, v, E, es.var), '{',
                '\tASSERT(%s);' % is_locked_expr(v, s, g, wmode),
                '\tlist_add_tail(&%s->%s, &%s->%s);' % (es.var, member, v, lname)]
        if count:
            body.append('\t%s->%s++;' % (v, count))
        body += ['}', '']
        out += body
        fns.append(Fn('__%s_add_%s' % (T, E), 'void', [obj, ('struct %s *' % E, es.var, 'elem')], T,
                      requires={g: wmode}, header=True))
        out += ['static inline struct %s *__%s_first_%s(struct %s *%s)' % (E, T, E, T, v), '{',
                '\tASSERT(%s);' % is_locked_expr(v, s, g, 'r'),
                '\tif (list_empty(&%s->%s))' % (v, lname), '\t\treturn NULL;',
                '\treturn list_first_entry(&%s->%s, struct %s, %s);' % (v, lname, E, member), '}', '']
        fns.append(Fn('__%s_first_%s' % (T, E), 'struct %s *' % E, [obj], T,
                      requires={g: 'r'}, header=True))
        a, r = header_lock(s, g, 'r', v)
        body = ['static inline unsigned int %s_count_%ss(struct %s *%s)' % (T, E, T, v), '{',
                '\tstruct %s *%s;' % (E, es.var), '\tunsigned int n = 0;']
        if s.kind[g] == 'irq':
            body.append('\tunsigned long flags;')
        body += ['', '\t' + a,
                 '\tlist_for_each_entry(%s, &%s->%s, %s)' % (es.var, v, lname, member),
                 '\t\tn++;', '\t' + r, '\treturn n;', '}', '']
        out += body
        fns.append(Fn('%s_count_%ss' % (T, E), 'unsigned int', [obj], T, acquires={g}, header=True))

    if s.refcnt:
        out += ['static inline void %s_get(struct %s *%s)' % (T, T, v), '{',
                '\tatomic_inc(&%s->refcnt);' % v, '}', '',
                'static inline void %s_put(struct %s *%s)' % (T, T, v), '{',
                '\tif (atomic_dec_and_test(&%s->refcnt))' % v,
                '\t\t%s_destroy(%s);' % (T, v), '}', '']
        # reference helpers must pair up, so patterns use them explicitly
        fns.append(Fn('%s_get' % T, 'void', [obj], T, kind='nocall', header=True))
        fns.append(Fn('%s_put' % T, 'void', [obj], T, acquires={l for l, _ in s.locks},
                      kind='nocall', header=True))

    body = ['static inline void %s_init(struct %s *%s)' % (T, T, v), '{']
    for l, k in s.locks:
        body.append('\t%s(&%s->%s);' % ('rwlock_init' if k == 'rw' else 'spin_lock_init', v, l))
    for lst in s.lists:
        body.append('\tINIT_LIST_HEAD(&%s->%s);' % (v, lst[0]))
    for ln in s.links:
        body.append('\tINIT_LIST_HEAD(&%s->%s);' % (v, ln))
    if s.refcnt:
        body.append('\tatomic_set(&%s->refcnt, 1);' % v)
    if s.stats:
        body.append('\tmemset(&%s->stats, 0, sizeof(%s->stats));' % (v, v))
    body += ['}', '']
    out += body
    return out, fns


# ---------------------------------------------------------------------------
# Unit generation
# ---------------------------------------------------------------------------

VERBS = {
    'update': ['update', 'adjust', 'refresh', 'account', 'bump', 'record', 'note', 'touch', 'tune', 'sync'],
    'get': ['read', 'peek', 'query', 'sample', 'fetch'],
    'try': ['try_update', 'try_kick', 'try_poke', 'try_drain', 'try_claim'],
    'goto': ['reserve', 'claim', 'attach', 'bind', 'prepare', 'install', 'commit', 'grow'],
    'find': ['find', 'lookup', 'locate', 'search'],
    'reap': ['reap', 'prune', 'purge', 'trim', 'expire'],
    'insert': ['enqueue', 'insert', 'queue', 'add', 'push'],
    'pre': ['set', 'apply', 'account', 'mark', 'clear', 'charge'],
    'caller': ['handle', 'process', 'service', 'run', 'kick', 'poll', 'scan', 'balance'],
    'sum': ['sum', 'snapshot', 'estimate', 'measure'],
    'upgrade': ['ensure', 'promote', 'fixup', 'settle'],
    'cond': ['do_update', 'do_flush', 'do_reset', 'do_retune'],
    'loop': ['drain', 'decay', 'age', 'cool'],
    'switch': ['apply_cmd', 'control', 'configure', 'set_mode'],
    'two': ['transfer', 'rebalance', 'couple', 'sync_both'],
    'ops': ['invoke', 'call', 'fire', 'trigger', 'notify'],
    'api': ['orchestrate', 'coordinate', 'manage', 'drive'],
    'ref': ['pin_and_update', 'hold_and_scan', 'ref_and_touch'],
    'lockless': ['maybe_update', 'quick_check', 'fast_path'],
    'rec': ['nest', 'reenter', 'deep_update'],
}


class Unit:
    def __init__(self, k, n_units, seed, headers, api_owner, bug_rate):
        self.k = k
        self.rng = random.Random('%s/unit/%d' % (seed, k))
        rng = self.rng
        self.sub = SUBSYSTEMS[k % len(SUBSYSTEMS)]
        self.stem = rng.choice(self.sub['stems'])
        self.prefix = '%s%d' % (self.stem, k)
        self.path = '%s/%s_%04d.c' % (self.sub['dir'], self.stem, k)
        self.bug_rate = bug_rate
        self.defects = []
        self.names = set()
        self.funcs = []          # unit functions in order
        self.toplevel = []       # (position-in-funcs, lines) emitted before that function
        self.headers = headers
        others = [s['name'] for s in SUBSYSTEMS if s['name'] != self.sub['name']]
        subs = [self.sub['name']] + rng.sample(others, rng.choice([1, 2, 2, 2, 3, 3, 3]))
        n_core = rng.randint(max(1, 4 - len(subs)), 9 - len(subs))
        core = rng.sample(UNIT_CORE_CHOICES, n_core)
        self.includes = sorted(set(core)) + ['errcodes.h'] + ['%s.h' % s for s in subs]
        # transitive closure of headers
        seen = set()
        todo = list(self.includes)
        while todo:
            h = todo.pop()
            if h in seen:
                continue
            seen.add(h)
            todo += headers[h]['includes']
        self.closure = seen
        self.structs = [S for S in STRUCTS.values() if S.header in seen]
        self.prims = [S for S in self.structs if S.locks]
        self.hfuncs = {}
        for h in seen:
            for f in headers[h]['funcs']:
                self.hfuncs.setdefault(f.prim, []).append(f)
        self.apis_by_prim = {}
        for h in seen:
            for f in headers[h]['apis']:
                if f.kind != 'nocall':
                    self.apis_by_prim.setdefault(f.prim, []).append(f)
        self.my_apis = [f for f in api_owner.get(k, [])]
        self.has_ktime = 'ktime.h' in seen
        self.has_percpu = 'percpu.h' in seen
        self.has_rcu = 'rcupdate.h' in seen
        self.global_state = None
        self.percpu_var = None
        self.ops_done = set()
        self.rec_wrappers = {}

    # -- naming ---------------------------------------------------------
    def sname(self, base, static=True):
        base = base if static else '%s_%s' % (self.prefix, base.lstrip('_'))
        name = base
        i = 2
        while name in self.names:
            name = '%s_%d' % (base, i)
            i += 1
        self.names.add(name)
        return name

    def bug(self, kind, fname):
        if self.rng.random() < self.bug_rate:
            self.defects.append({'file': self.path, 'function': fname, 'kind': kind})
            return True
        return False

    def limit_const(self, S):
        return S.limit


class Body:
    def __init__(self):
        self.decls = []
        self.dnames = set()
        self.lines = []
        self.ind = 1
        self.nflags = 0

    def local(self, name, text):
        if name not in self.dnames:
            self.dnames.add(name)
            self.decls.append(text)

    def flags_var(self):
        self.nflags += 1
        name = 'flags' if self.nflags == 1 else 'flags%d' % self.nflags
        self.local(name, 'unsigned long %s;' % name)
        return name

    def s(self, text):
        self.lines.append('\t' * self.ind + text)

    def open(self, head):
        self.s(head + ' {')
        self.ind += 1

    def close(self, tail=''):
        self.ind -= 1
        self.s('}' + tail)

    def blank(self):
        if self.lines and self.lines[-1] != '':
            self.lines.append('')

    def label(self, name):
        self.lines.append(' %s:' % name)

    def render(self):
        out = ['\t' + d for d in self.decls]
        lines = list(self.lines)
        while lines and lines[-1] == '':
            lines.pop()
        while lines and lines[0] == '':
            lines.pop(0)
        if out and lines:
            out.append('')
        return out + lines


def signature(fn):
    params = ', '.join('%s%s%s' % (t, '' if t.endswith('*') else ' ', n) for t, n, _ in fn.params) or 'void'
    ret = fn.ret
    sp = '' if ret.endswith('*') else ' '
    return '%s%s%s%s(%s)' % ('static ' if fn.static else '', ret, sp, fn.name, params)


def finish(u, fn, body, comment=None):
    lines = []
    if comment:
        lines.append('/* %s */' % comment)
    lines.append(signature(fn))
    lines.append('{')
    lines += body.render()
    lines.append('}')
    fn.lines = lines
    u.funcs.append(fn)
    return fn


class Locker:
    """Acquires a lock of object 'base' in body 'b'; remembers how to release."""

    def __init__(self, u, b, S, base, lname, mode, held, style=None, nested=False):
        self.b = b
        kind = S.kind[lname]
        rng = u.rng
        target = '&%s->%s' % (base, lname)
        wrapper_ok = lname == S.locks[0][0] and (kind != 'rw' or mode == 'w')
        if style is None:
            if kind == 'spin':
                style = rng.choice(['plain'] * 5 + (['wrapper'] if wrapper_ok else []))
            elif kind == 'irq':
                opts = ['irqsave'] * 5 + ['plain'] + (['irq'] * 3 if not nested else [])
                style = rng.choice(opts + (['wrapper'] if wrapper_ok and not nested else []))
            elif kind == 'rec':
                style = rng.choice(['rec'] * 3 + (['wrapper'] if wrapper_ok else []))
            else:
                style = 'read' if mode == 'r' else rng.choice(['write'] * 4 + (['wrapper'] if wrapper_ok else []))
        if kind == 'rw' and mode == 'r':
            style = 'read'
        self.style = style
        if style == 'irqsave':
            fl = b.flags_var()
            self.acq = 'spin_lock_irqsave(%s, %s);' % (target, fl)
            self.rel = 'spin_unlock_irqrestore(%s, %s);' % (target, fl)
        elif style == 'irq':
            self.acq, self.rel = 'spin_lock_irq(%s);' % target, 'spin_unlock_irq(%s);' % target
        elif style == 'rec':
            self.acq, self.rel = 'spin_lock_recursive(%s);' % target, 'spin_unlock_recursive(%s);' % target
        elif style == 'read':
            self.acq, self.rel = 'read_lock(%s);' % target, 'read_unlock(%s);' % target
        elif style == 'write':
            self.acq, self.rel = 'write_lock(%s);' % target, 'write_unlock(%s);' % target
        elif style == 'wrapper':
            self.acq, self.rel = '%s_lock(%s);' % (S.name, base), '%s_unlock(%s);' % (S.name, base)
        else:
            self.acq, self.rel = 'spin_lock(%s);' % target, 'spin_unlock(%s);' % target
        self.held = held
        self.lname = lname
        self.mode = 'r' if (kind == 'rw' and mode == 'r') else ('w' if kind == 'rw' else 'x')

    def lock(self):
        self.b.s(self.acq)
        if self.held is not None:
            self.held[self.lname] = self.mode

    def unlock(self, keep_held=False):
        self.b.s(self.rel)
        if self.held is not None and not keep_held:
            self.held.pop(self.lname, None)


def small(rng):
    return rng.choice([1, 1, 1, 2, 4, 8])


def value_expr(u, t, has_arg=True):
    rng = u.rng
    if t == 'bool':
        return rng.choice(['true', 'false'])
    if t == 's64' and u.has_ktime:
        return rng.choice(['NOW()', 'NOW() + MILLISECS(%d)' % rng.randint(1, 50)])
    if has_arg:
        return rng.choice(['arg', 'arg & 0xff', 'arg >> 1', '%s)arg' % ('(' + t)])
    return str(rng.randint(0, 64))


def write_stmts(u, b, S, base, lname, n, has_arg=True, with_stats=True):
    """Emit n writes of state protected by lname (held in write mode)."""
    rng = u.rng
    fields = [(f, t) for f, t in S.guarded(lname)]
    stats_ok = with_stats and S.stats and S.stats[2] == lname
    last = None
    for _ in range(n):
        if stats_ok and (not fields or rng.random() < 0.35):
            m = rng.choice(S.stats[1])
            if rng.random() < 0.6:
                b.s('%s->stats.%s += %d;' % (base, m, small(rng)))
            else:
                b.s('%s->stats.%s++;' % (base, m))
            continue
        if not fields:
            continue
        f, t = rng.choice(fields)
        if f == last and len(fields) > 1:
            f, t = rng.choice([ft for ft in fields if ft[0] != last])
        last = f
        if t == 'bool':
            b.s('%s->%s = %s;' % (base, f, rng.choice(['true', 'false', '!%s->%s' % (base, f)])))
            continue
        c = rng.random()
        if c < 0.3:
            b.s('%s->%s += %d;' % (base, f, small(rng)))
        elif c < 0.45:
            b.s('%s->%s++;' % (base, f))
        elif c < 0.6 and t.startswith('unsigned'):
            b.open('if (%s->%s > 0)' % (base, f))
            b.s('%s->%s--;' % (base, f))
            b.close()
        elif c < 0.8:
            b.s('%s->%s = %s;' % (base, f, value_expr(u, t, has_arg)))
        else:
            b.open('if (%s->%s < %s)' % (base, f, S.limit))
            b.s('%s->%s += %d;' % (base, f, small(rng)))
            b.close()


def read_cond(u, S, base, lname):
    """A boolean expression reading state protected by lname."""
    rng = u.rng
    fields = S.guarded(lname)
    if not fields:
        return None
    f, t = rng.choice(fields)
    if t == 'bool':
        return rng.choice(['%s->%s' % (base, f), '!%s->%s' % (base, f)])
    return rng.choice(['%s->%s >= %s' % (base, f, S.limit), '%s->%s == 0' % (base, f),
                       '%s->%s > %sarg' % (base, f, '(%s)' % t if t == 'int' or t.startswith('s') else '')])


def emit_call(u, b, fn, base, held, has_arg=True):
    """Call fn on object 'base'; uses local rc for results."""
    rng = u.rng
    fn.called = True
    if fn.kind == 'stat_macro':
        b.s('%s(%s, %s, %d);' % (fn.name, base, rng.choice(fn.extra), small(rng)))
        return
    args = []
    for t, n, role in fn.params:
        if role == 'obj':
            args.append(base)
        elif role in ('arg', 'key'):
            args.append(rng.choice(['arg', 'arg + 1', 'arg >> 1', 'arg & 0xff']) if has_arg
                        else str(rng.randint(0, 16)))
        elif role == 'val':
            args.append(value_expr(u, t, has_arg))
        elif role == 'flag':
            args.append('true' if fn.cond in held else 'false')
        else:
            args.append('NULL')
    call = '%s(%s)' % (fn.name, ', '.join(args))
    ret = fn.ret
    if ret == 'void':
        b.s(call + ';')
    elif ret == 'int':
        b.local('rc', 'int rc = 0;')
        if rng.random() < 0.7:
            b.s('rc = %s;' % call)
        else:
            b.s('rc |= %s;' % call)
    elif ret == 'bool':
        b.local('rc', 'int rc = 0;')
        b.open('if (!%s)' % call)
        b.s('rc = -EAGAIN;')
        b.close()
    elif ret.endswith('*'):
        b.local('rc', 'int rc = 0;')
        b.s('if (%s == NULL)' % call)
        b.s('\trc = -ENOENT;')
    else:
        b.local('rc', 'int rc = 0;')
        if ret.startswith('s') or ret == 'int':
            b.s('if (%s < 0)' % call)
        else:
            b.s('if (%s > %d)' % (call, rng.choice([8, 64] if ret == 'u8' else [8, 64, 1024])))
        b.s('\trc = -ERANGE;')


def callees(u, S, held, include_unit=True, include_header=True, include_api=True):
    out = []
    if include_header:
        out += [f for f in u.hfuncs.get(S.name, []) if can_call(f, S, held)]
    if include_api:
        out += [f for f in u.apis_by_prim.get(S.name, []) if can_call(f, S, held)]
    if include_unit:
        out += [f for f in u.funcs if f.static and f.prim in (S.name, None)
                and f.kind == 'func' and can_call(f, S, held)]
    return out


def pick_callees(u, cands, n):
    rng = u.rng
    if not cands:
        return []
    uncalled = [f for f in cands if not f.header and not f.called]
    picks = []
    for _ in range(n):
        pool = uncalled if uncalled and rng.random() < 0.7 else cands
        f = rng.choice(pool)
        if f not in picks:
            picks.append(f)
        if f in uncalled:
            uncalled.remove(f)
    return picks


def obj_param(S):
    return ('struct %s *' % S.name, S.var, 'obj')


ARG = ('unsigned long', 'arg', 'arg')


# -- patterns -----------------------------------------------------------------

def pat_update(u, S, name=None, static=True, lock=None, ret=None, allow_bug=True):
    rng = u.rng
    wl = S.write_locks()
    if not wl:
        return None
    lname = lock or rng.choice(wl)
    ret = ret or rng.choice(['int', 'int', 'void'])
    base = name or '%s_%s_%s' % (rng.choice(VERBS['update']), S.short,
                                 rng.choice([f for f, _ in S.guarded(lname)] or ['stats']))
    fn = Fn(name or u.sname(base, static), ret, [obj_param(S), ARG], S.name, static, acquires={lname})
    b = Body()
    v = S.var
    held = {}
    bug = allow_bug and u.bug('unlocked-access', fn.name)
    if ret == 'int' and rng.random() < 0.5:
        b.s('if (unlikely(arg > %s))' % S.limit)
        b.s('\treturn -EINVAL;')
        b.blank()
    lk = None if bug else Locker(u, b, S, v, lname, 'w', held)
    if not bug:
        lk.lock()
    write_stmts(u, b, S, v, lname, rng.randint(2, 4))
    if rng.random() < 0.3:
        cands = callees(u, S, dict(held) if not bug else {lname: 'w' if S.kind[lname] == 'rw' else 'x'}, include_api=False)
        cands = [f for f in cands if f.ret == 'void']
        for f in pick_callees(u, cands, 1):
            emit_call(u, b, f, v, held)
    if not bug:
        lk.unlock()
    if ret == 'int':
        b.s('return 0;')
    return finish(u, fn, b)


def pat_getter(u, S):
    rng = u.rng
    cands = [(f, t, g) for f, t, g in S.fields if g is not None and g in S.kind]
    if not cands:
        return None
    f, t, g = rng.choice(cands)
    fn = Fn(u.sname('%s_%s_%s' % (rng.choice(VERBS['get']), S.short, f)), t, [obj_param(S)],
            S.name, acquires={g})
    b = Body()
    v = S.var
    b.local('val', '%s val;' % t)
    lk = Locker(u, b, S, v, g, 'r', {})
    lk.lock()
    b.s('val = %s->%s;' % (v, f))
    lk.unlock()
    b.s('return val;')
    return finish(u, fn, b)


def pat_trylock(u, S):
    rng = u.rng
    wl = [l for l in S.write_locks() if S.kind[l] in ('spin', 'irq')]
    if not wl:
        return None
    lname = rng.choice(wl)
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['try']), S.short)), 'int', [obj_param(S), ARG],
            S.name, acquires={lname})
    b = Body()
    v = S.var
    if rng.random() < 0.6:
        b.s('if (!spin_trylock(&%s->%s))' % (v, lname))
        b.s('\treturn -EBUSY;')
    else:
        b.local('tries', 'unsigned int tries = 0;')
        b.open('while (!spin_trylock(&%s->%s))' % (v, lname))
        b.s('if (++tries > %d)' % rng.choice([4, 8, 16, 100]))
        b.s('\treturn -EAGAIN;')
        b.s('cpu_relax();')
        b.close()
    b.blank()
    held = {lname: 'x'}
    write_stmts(u, b, S, v, lname, rng.randint(1, 3))
    cands = [f for f in callees(u, S, held, include_api=False) if f.ret in ('void', 'int')]
    if cands and rng.random() < 0.4:
        for f in pick_callees(u, cands, 1):
            if f.ret == 'int':
                b.local('rc', 'int rc = 0;')
            emit_call(u, b, f, v, held)
    b.s('spin_unlock(&%s->%s);' % (v, lname))
    b.s('return %s;' % ('rc' if 'rc' in b.dnames else '0'))
    return finish(u, fn, b)


def pat_goto(u, S, name=None, static=True):
    rng = u.rng
    wl = S.write_locks()
    if not wl:
        return None
    lname = rng.choice(wl)
    fn = Fn(name or u.sname('%s_%s' % (rng.choice(VERBS['goto']), S.short), static), 'int',
            [obj_param(S), ARG], S.name, static, acquires={lname})
    b = Body()
    v = S.var
    b.local('rc', 'int rc = 0;')
    bug = u.bug('missing-unlock', fn.name)
    held = {}
    b.s('if (unlikely(arg == 0))')
    b.s('\treturn -EINVAL;')
    b.blank()
    lk = Locker(u, b, S, v, lname, 'w', held)
    lk.lock()
    # optional second lock of the same object, taken in canonical order
    second = None
    later = [l for l, _ in S.locks if S.lockidx[l] > S.lockidx[lname] and l in wl]
    cond = read_cond(u, S, v, lname) or 'arg > %s' % S.limit
    b.open('if (%s)' % cond)
    b.s('rc = -%s;' % rng.choice(['EBUSY', 'ENOSPC', 'EAGAIN', 'EEXIST']))
    b.s('goto out_unlock;')
    b.close()
    write_stmts(u, b, S, v, lname, rng.randint(1, 2))
    cands = [f for f in callees(u, S, held, include_api=False)
             if f.ret == 'int' and (f.requires or not f.acquires)]
    if cands:
        f = pick_callees(u, cands, 1)[0]
        emit_call(u, b, f, v, held)
        if bug:
            b.s('if (rc)')
            b.s('\treturn rc;')
        else:
            b.s('if (rc)')
            b.s('\tgoto out_unlock;')
    elif bug:
        b.s('if (arg & 1)')
        b.s('\treturn -EIO;')
    if later and rng.random() < 0.5:
        second = later[0]
        lk2 = Locker(u, b, S, v, second, 'w', held, nested=True)
        lk2.lock()
        b.open('if (%s)' % (read_cond(u, S, v, second) or 'arg & 2'))
        b.s('rc = -EDEADLK;')
        b.s('goto out_unlock2;')
        b.close()
        write_stmts(u, b, S, v, second, rng.randint(1, 2))
        b.label('out_unlock2')
        lk2.unlock()
    else:
        write_stmts(u, b, S, v, lname, 1)
    b.label('out_unlock')
    lk.unlock()
    b.s('return rc;')
    return finish(u, fn, b)


def container_lists(S):
    return [l for l in S.lists]


def elem_write(u, b, E, e, held_container, has_arg=True):
    """Update an element in a loop; elements with a lock are locked."""
    rng = u.rng
    if E.locks:
        el = E.locks[0][0]
        b.s('spin_lock(&%s->%s);' % (e, el))
        fields = [(f, t) for f, t in E.guarded(el)]
        f, t = rng.choice(fields)
        if t == 'bool':
            b.s('%s->%s = %s;' % (e, f, rng.choice(['true', 'false'])))
        else:
            b.s('%s->%s += %d;' % (e, E.counter if E.counter else f, small(rng)))
        b.s('spin_unlock(&%s->%s);' % (e, el))
    else:
        if held_container:
            b.s('%s->%s += %d;' % (e, E.counter, small(rng)))


def pat_find(u, S):
    rng = u.rng
    lists = container_lists(S)
    if not lists:
        return None
    lname, En, member, g, count = rng.choice(lists)
    E = STRUCTS[En]
    e = E.var if E.var != S.var else 'e'
    v = S.var
    b = Body()
    variant = rng.random()
    if variant < 0.4:
        # caller holds the lock; returns the element
        mode = 'r'
        fn = Fn(u.sname('__%s_%s' % (rng.choice(VERBS['find']), En)), 'struct %s *' % En,
                [obj_param(S), ('unsigned long', 'key', 'key')], S.name, requires={g: mode})
        b.local(e, 'struct %s *%s;' % (En, e))
        b.s('ASSERT(%s);' % is_locked_expr(v, S, g, mode))
        b.blank()
        b.open('list_for_each_entry(%s, &%s->%s, %s)' % (e, v, lname, member))
        b.s('if (%s->%s == (%s)key)' % (e, E.key, E.ftype[E.key]))
        b.s('\treturn %s;' % e)
        b.close()
        b.s('return NULL;')
        return finish(u, fn, b)
    write = variant > 0.7 and (S.kind[g] != 'rw' or True)
    fn = Fn(u.sname('%s_%s_%s' % (rng.choice(VERBS['find']), S.short, En)), 'int',
            [obj_param(S), ARG], S.name, acquires={g})
    b.local(e, 'struct %s *%s;' % (En, e))
    b.local('found', 'int found = 0;')
    held = {}
    lk = Locker(u, b, S, v, g, 'w' if write else 'r', held)
    lk.lock()
    b.open('list_for_each_entry(%s, &%s->%s, %s)' % (e, v, lname, member))
    b.open('if (%s->%s == (%s)arg)' % (e, E.key, E.ftype[E.key]))
    if write or E.locks:
        elem_write(u, b, E, e, write)
    b.s('found = 1;')
    b.s('break;')
    b.close()
    b.close()
    if write and S.stats and S.stats[2] == g:
        b.s('%s->stats.%s++;' % (v, rng.choice(S.stats[1])))
    lk.unlock()
    b.s('return found;')
    return finish(u, fn, b)


def pat_reap(u, S):
    rng = u.rng
    lists = container_lists(S)
    if not lists:
        return None
    lname, En, member, g, count = rng.choice(lists)
    E = STRUCTS[En]
    e = E.var if E.var != S.var else 'e'
    v = S.var
    fn = Fn(u.sname('%s_%s_%ss' % (rng.choice(VERBS['reap']), S.short, En)), 'unsigned int',
            [obj_param(S), ARG], S.name, acquires={g})
    b = Body()
    b.local(e, 'struct %s *%s, *tmp;' % (En, e))
    b.local('n', 'unsigned int n = 0;')
    defer = rng.random() < 0.5
    if defer:
        b.local('reap', 'LIST_HEAD(reap);')
    held = {}
    lk = Locker(u, b, S, v, g, 'w', held)
    lk.lock()
    b.open('list_for_each_entry_safe(%s, tmp, &%s->%s, %s)' % (e, v, lname, member))
    keyf = E.counter
    if E.locks:
        b.s('if (%s->%s != (%s)arg)' % (e, E.key, E.ftype[E.key]))
    else:
        b.s('if ((%s->%s & arg) == 0)' % (e, keyf) if E.ftype[keyf] not in ('s64',)
            else 'if (%s->%s > (s64)arg)' % (e, keyf))
    b.s('\tcontinue;')
    if defer:
        b.s('list_move_tail(&%s->%s, &reap);' % (e, member))
    else:
        b.s('list_del(&%s->%s);' % (e, member))
        b.s('xfree(%s);' % e)
    if count:
        b.s('%s->%s--;' % (v, count))
    b.s('n++;')
    b.close()
    if S.stats and S.stats[2] == g:
        b.s('%s->stats.%s += n;' % (v, rng.choice(S.stats[1])))
    lk.unlock()
    if defer:
        b.blank()
        b.open('list_for_each_entry_safe(%s, tmp, &reap, %s)' % (e, member))
        b.s('list_del(&%s->%s);' % (e, member))
        b.s('xfree(%s);' % e)
        b.close()
    b.s('return n;')
    return finish(u, fn, b)


def pat_insert(u, S):
    rng = u.rng
    lists = container_lists(S)
    if not lists:
        return None
    lname, En, member, g, count = rng.choice(lists)
    E = STRUCTS[En]
    e = E.var if E.var != S.var else 'e'
    v = S.var
    fn = Fn(u.sname('%s_%s_%s' % (rng.choice(VERBS['insert']), S.short, En)), 'int',
            [obj_param(S), ARG], S.name, acquires={g})
    b = Body()
    b.local(e, 'struct %s *%s;' % (En, e))
    b.s('%s = xzalloc(struct %s);' % (e, En))
    b.s('if (%s == NULL)' % e)
    b.s('\treturn -ENOMEM;')
    if E.key:
        b.s('%s->%s = arg;' % (e, E.key))
    b.blank()
    held = {}
    lk = Locker(u, b, S, v, g, 'w', held)
    lk.lock()
    if count:
        b.open('if (%s->%s >= %s)' % (v, count, S.limit))
        b.s(lk.rel)
        b.s('xfree(%s);' % e)
        b.s('return -ENOSPC;')
        b.close()
    hadd = [f for f in u.hfuncs.get(S.name, []) if f.name == '__%s_add_%s' % (S.name, En)]
    if hadd and rng.random() < 0.6:
        b.s('%s(%s, %s);' % (hadd[0].name, v, e))
    else:
        b.s('list_add%s(&%s->%s, &%s->%s);' % (rng.choice(['', '_tail']), e, member, v, lname))
        if count:
            b.s('%s->%s++;' % (v, count))
    if S.stats and S.stats[2] == g:
        b.s('%s->stats.%s++;' % (v, rng.choice(S.stats[1])))
    lk.unlock()
    b.s('return 0;')
    return finish(u, fn, b)


def pat_precond(u, S, name=None, static=True, lock=None, ret=None):
    rng = u.rng
    wl = S.write_locks()
    if not wl:
        return None
    lname = lock or rng.choice(wl)
    mode = 'w' if S.kind[lname] == 'rw' else 'x'
    ret = ret or rng.choice(['void', 'int'])
    fld = rng.choice([f for f, _ in S.guarded(lname)] or ['stats'])
    fn = Fn(name or u.sname('__%s_%s_%s' % (rng.choice(VERBS['pre']), S.short, fld)), ret,
            [obj_param(S), ARG], S.name, static, requires={lname: mode})
    b = Body()
    v = S.var
    b.s('ASSERT(%s);' % is_locked_expr(v, S, lname, mode))
    b.blank()
    write_stmts(u, b, S, v, lname, rng.randint(1, 3))
    if ret == 'int':
        c = read_cond(u, S, v, lname)
        if c:
            b.s('if (%s)' % c)
            b.s('\treturn -%s;' % rng.choice(['EBUSY', 'ERANGE', 'EAGAIN']))
        b.s('return 0;')
    return finish(u, fn, b)


def pat_caller(u, S):
    """Takes a lock, calls helpers that need it; calls lock-taking helpers outside."""
    rng = u.rng
    wl = S.write_locks()
    if not wl:
        return None
    lname = rng.choice(wl)
    static = rng.random() < 0.7
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['caller']), S.short), static), 'int',
            [obj_param(S), ARG], S.name, static, acquires={lname})
    b = Body()
    v = S.var
    b.local('rc', 'int rc = 0;')
    held = {}
    before = callees(u, S, held)
    before = [f for f in before if not (f.acquires & {lname}) or S.kind[lname] == 'rec']
    for f in pick_callees(u, before, rng.randint(0, 1)):
        emit_call(u, b, f, v, held)
    if 'rc' in b.dnames and b.lines and rng.random() < 0.5:
        b.s('if (rc)')
        b.s('\treturn rc;')
    b.blank()
    lk = Locker(u, b, S, v, lname, 'w', held)
    lk.lock()
    inside = callees(u, S, held)
    bug_double = u.bug('double-lock', fn.name) if S.kind[lname] not in ('rec',) else False
    if bug_double:
        takers = [f for f in callees(u, S, {}) if lname in f.acquires and f.kind == 'func']
        if takers:
            emit_call(u, b, rng.choice(takers), v, held)
        else:
            u.defects.pop()
            bug_double = False
    picks = pick_callees(u, inside, rng.randint(1, 3))
    for f in picks:
        emit_call(u, b, f, v, held)
    write_stmts(u, b, S, v, lname, rng.randint(0, 2))
    lk.unlock()
    after = callees(u, S, held)
    for f in pick_callees(u, after, rng.randint(0, 1)):
        emit_call(u, b, f, v, held)
    # precondition violation: call a requires-helper without the lock
    if u.rng.random() < u.bug_rate:
        needy = [f for f in u.funcs + u.hfuncs.get(S.name, []) if f.prim == S.name and f.requires
                 and f.kind == 'func' and not any(r == 'elem' for _, _, r in f.params)]
        if needy:
            u.defects.append({'file': u.path, 'function': fn.name, 'kind': 'precondition-violation'})
            f = rng.choice(needy)
            saved = dict(f.requires)
            emit_call(u, b, f, v, {l: 'w' for l in saved})
    b.s('return rc;')
    return finish(u, fn, b)


def pat_rw_sum(u, S):
    rng = u.rng
    rw = [l for l, k in S.locks if k == 'rw' and S.guarded(l)]
    if not rw:
        return None
    lname = rng.choice(rw)
    fields = [(f, t) for f, t in S.guarded(lname) if t != 'bool']
    if not fields:
        return None
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['sum']), S.short)), 'unsigned long', [obj_param(S)],
            S.name, acquires={lname})
    b = Body()
    v = S.var
    b.local('total', 'unsigned long total = 0;')
    b.s('read_lock(&%s->%s);' % (v, lname))
    for f, t in rng.sample(fields, min(len(fields), rng.randint(1, 3))):
        b.s('total += %s->%s;' % (v, f))
    bools = [f for f, t in S.guarded(lname) if t == 'bool']
    if bools:
        b.s('if (%s->%s)' % (v, rng.choice(bools)))
        b.s('\ttotal <<= 1;')
    b.s('read_unlock(&%s->%s);' % (v, lname))
    b.s('return total;')
    return finish(u, fn, b)


def pat_rw_upgrade(u, S):
    rng = u.rng
    rw = [l for l, k in S.locks if k == 'rw' and S.guarded(l)]
    if not rw:
        return None
    lname = rng.choice(rw)
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['upgrade']), S.short)), 'int', [obj_param(S), ARG],
            S.name, acquires={lname})
    b = Body()
    v = S.var
    c = read_cond(u, S, v, lname)
    b.s('read_lock(&%s->%s);' % (v, lname))
    b.open('if (!(%s))' % c)
    b.s('read_unlock(&%s->%s);' % (v, lname))
    b.s('return 0;')
    b.close()
    b.s('read_unlock(&%s->%s);' % (v, lname))
    b.blank()
    b.s('write_lock(&%s->%s);' % (v, lname))
    b.s('/* re-check: the state may have changed while the lock was dropped */')
    b.open('if (%s)' % c)
    write_stmts(u, b, S, v, lname, rng.randint(1, 3))
    b.close()
    b.s('write_unlock(&%s->%s);' % (v, lname))
    b.s('return 1;')
    return finish(u, fn, b)


def pat_cond(u, S):
    rng = u.rng
    wl = [l for l in S.write_locks() if S.kind[l] in ('spin', 'rw')]
    if not wl:
        return None
    lname = rng.choice(wl)
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['cond']), S.short)), 'void',
            [obj_param(S), ARG, ('bool', 'locked', 'flag')], S.name, cond=lname)
    b = Body()
    v = S.var
    a, r = lock_text(S.kind[lname], 'w', '&%s->%s' % (v, lname))
    b.s('if (!locked)')
    b.s('\t' + a)
    b.s('ASSERT(%s);' % is_locked_expr(v, S, lname, 'w' if S.kind[lname] == 'rw' else 'x'))
    write_stmts(u, b, S, v, lname, rng.randint(1, 3))
    b.s('if (!locked)')
    b.s('\t' + r)
    return finish(u, fn, b)


def pat_loop(u, S):
    rng = u.rng
    wl = S.write_locks()
    if not wl:
        return None
    lname = rng.choice(wl)
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['loop']), S.short)), 'void', [obj_param(S), ARG],
            S.name, acquires={lname})
    b = Body()
    v = S.var
    b.local('i', 'unsigned int i;')
    b.open('for (i = 0; i < (arg & 7); i++)')
    lk = Locker(u, b, S, v, lname, 'w', {})
    lk.lock()
    c = read_cond(u, S, v, lname)
    if c and rng.random() < 0.5:
        b.open('if (%s)' % c)
        b.s(lk.rel)
        b.s('break;')
        b.close()
    write_stmts(u, b, S, v, lname, rng.randint(1, 2))
    lk.unlock()
    b.s('cpu_relax();')
    b.close()
    return finish(u, fn, b)


def pat_switch(u, S):
    rng = u.rng
    wl = S.write_locks()
    if not wl:
        return None
    lname = rng.choice(wl)
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['switch']), S.short)), 'int', [obj_param(S), ARG],
            S.name, acquires={lname})
    b = Body()
    v = S.var
    b.local('rc', 'int rc = 0;')
    lk = Locker(u, b, S, v, lname, 'w', {})
    lk.lock()
    b.s('switch (arg & 3) {')
    for i in range(rng.randint(2, 3)):
        b.s('case %d:' % i)
        b.ind += 1
        write_stmts(u, b, S, v, lname, rng.randint(1, 2))
        b.s('break;')
        b.ind -= 1
    b.s('default:')
    b.s('\trc = -EINVAL;')
    b.s('\tbreak;')
    b.s('}')
    lk.unlock()
    b.s('return rc;')
    return finish(u, fn, b)


def pat_two(u, S):
    rng = u.rng
    wl = S.write_locks()
    if len(wl) < 2:
        return None
    a, c = sorted(rng.sample(wl, 2), key=lambda l: S.lockidx[l])
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['two']), S.short)), 'int', [obj_param(S), ARG],
            S.name, acquires={a, c})
    b = Body()
    v = S.var
    first, second = a, c
    if u.bug('lock-order-inversion', fn.name):
        first, second = c, a
    held = {}
    l1 = Locker(u, b, S, v, first, 'w', held)
    l2 = Locker(u, b, S, v, second, 'w', held, nested=True)
    l1.lock()
    l2.lock()
    write_stmts(u, b, S, v, a, rng.randint(1, 2))
    write_stmts(u, b, S, v, c, rng.randint(1, 2))
    l2.unlock()
    l1.unlock()
    b.s('return 0;')
    return finish(u, fn, b)


def ops_member_lock(S, held_spec):
    return held_spec


def pat_ops_call(u, S):
    rng = u.rng
    if not S.ops:
        return None
    ops_name, ofield, members = S.ops
    m, mret, hs = rng.choice(members)
    fn = Fn(u.sname('%s_%s_%s' % (rng.choice(VERBS['ops']), S.short, m)), 'int', [obj_param(S), ARG],
            S.name, acquires={hs[0]} if hs else set())
    b = Body()
    v = S.var
    b.local('rc', 'int rc = 0;')
    b.local('ops', 'const struct %s *ops;' % ops_name)
    use_rcu = hs is None and u.has_rcu and rng.random() < 0.5
    if use_rcu:
        b.s('rcu_read_lock();')
        b.s('ops = rcu_dereference(%s->%s);' % (v, ofield))
        b.open('if (ops != NULL && ops->%s != NULL)' % m)
        if mret == 'int':
            b.s('rc = ops->%s(%s, arg);' % (m, v))
        else:
            b.s('ops->%s(%s, arg);' % (m, v))
        b.close()
        b.s('rcu_read_unlock();')
        b.s('return rc;')
        return finish(u, fn, b)
    b.s('ops = READ_ONCE(%s->%s);' % (v, ofield))
    b.s('if (ops == NULL || ops->%s == NULL)' % m)
    b.s('\treturn -ENOSYS;')
    b.blank()
    held = {}
    lk = None
    if hs:
        lk = Locker(u, b, S, v, hs[0], hs[1], held)
        lk.lock()
    if mret == 'int':
        b.s('rc = ops->%s(%s, arg);' % (m, v))
    else:
        b.s('ops->%s(%s, arg);' % (m, v))
    if lk:
        if lk.mode in ('x', 'w') and S.stats and S.stats[2] == hs[0]:
            b.s('%s->stats.%s++;' % (v, rng.choice(S.stats[1])))
        lk.unlock()
    b.s('return rc;')
    return finish(u, fn, b)


def pat_ops_impl(u, S):
    """Implement an ops table with designated initialisers and register it."""
    rng = u.rng
    if not S.ops or S.name in u.ops_done:
        return None
    u.ops_done.add(S.name)
    ops_name, ofield, members = S.ops
    v = S.var
    impls = []
    for m, mret, hs in members:
        if rng.random() < 0.2 and len(impls) < len(members) - 1:
            continue     # leave the member NULL; callers check it
        nm = u.sname('%s_%s' % (u.prefix, m))
        req = {}
        if hs:
            req = {hs[0]: 'w' if hs[1] == 'w' else ('r' if hs[1] == 'r' else 'x')}
        fn = Fn(nm, mret, [obj_param(S), ARG], S.name, requires=req, kind='nocall')
        fn.called = True
        b = Body()
        if hs:
            b.s('ASSERT(%s);' % is_locked_expr(v, S, hs[0], req[hs[0]]))
            if req[hs[0]] in ('x', 'w'):
                write_stmts(u, b, S, v, hs[0], rng.randint(1, 3))
            else:
                c = read_cond(u, S, v, hs[0])
                if c and mret == 'int':
                    b.s('if (%s)' % c)
                    b.s('\treturn -EBUSY;')
        else:
            wl = S.write_locks()
            lk = Locker(u, b, S, v, wl[0], 'w', {})
            lk.lock()
            write_stmts(u, b, S, v, wl[0], rng.randint(1, 2))
            lk.unlock()
            fn.acquires = {wl[0]}
        if mret == 'int':
            b.s('return 0;')
        finish(u, fn, b)
        impls.append((m, nm))
    tbl = u.sname('%s_%s' % (u.prefix, ops_name))
    lines = ['static const struct %s %s = {' % (ops_name, tbl), '\t.name = "%s",' % u.prefix]
    for m, nm in impls:
        lines.append('\t.%s = %s,' % (m, nm))
    lines.append('};')
    u.toplevel.append((len(u.funcs), lines))
    wl = S.write_locks()
    fn = Fn(u.sname('register_%s' % S.short, False), 'void', [obj_param(S)], S.name, False,
            acquires={wl[0]})
    b = Body()
    lk = Locker(u, b, S, v, wl[0], 'w', {})
    lk.lock()
    b.s('%s->%s = &%s;' % (v, ofield, tbl))
    lk.unlock()
    return finish(u, fn, b)


def pat_api_calls(u, S):
    rng = u.rng
    apis = u.apis_by_prim.get(S.name, [])
    par = None
    if S.parent and STRUCTS[S.parent[1]] in u.prims and u.apis_by_prim.get(S.parent[1]):
        par = STRUCTS[S.parent[1]]
    if not apis and not par:
        return None
    static = rng.random() < 0.6
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['api']), S.short), static), 'int',
            [obj_param(S), ARG], S.name, static)
    v = S.var
    b = Body()
    b.local('rc', 'int rc = 0;')
    chosen = rng.sample(apis, min(len(apis), rng.randint(1, 2)))
    for i, f in enumerate(chosen):
        if f.requires:
            (l, m), = f.requires.items()
            lk = Locker(u, b, S, v, l, m, {})
            lk.lock()
            emit_call(u, b, f, v, {l: m})
            lk.unlock()
            fn.acquires.add(l)
        else:
            emit_call(u, b, f, v, {})
            fn.acquires |= f.acquires
        if i < len(chosen) - 1 or par:
            b.s('if (rc)')
            b.s('\treturn rc;')
    if par:
        P = par
        pv = P.var if P.var != v else 'p'
        b.local(pv, 'struct %s *%s = %s->%s;' % (P.name, pv, v, S.parent[0]))
        b.blank()
        b.s('if (%s == NULL)' % pv)
        b.s('\treturn -ENODEV;')
        papis = u.apis_by_prim.get(P.name, [])
        f = rng.choice(papis)
        if f.requires:
            (l, m), = f.requires.items()
            lk = Locker(u, b, P, pv, l, m, {})
            lk.lock()
            emit_call(u, b, f, pv, {l: m})
            lk.unlock()
        else:
            emit_call(u, b, f, pv, {})
    b.s('return rc;')
    return finish(u, fn, b)


def pat_ref(u, S):
    rng = u.rng
    if not S.refcnt:
        return None
    wl = S.write_locks()
    lname = rng.choice(wl)
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['ref']), S.short)), 'int', [obj_param(S), ARG],
            S.name, acquires=set(l for l, _ in S.locks))
    b = Body()
    v = S.var
    b.s('if (!atomic_inc_not_zero(&%s->refcnt))' % v)
    b.s('\treturn -ENOENT;')
    b.blank()
    lk = Locker(u, b, S, v, lname, 'w', {})
    lk.lock()
    write_stmts(u, b, S, v, lname, rng.randint(1, 3))
    lk.unlock()
    b.s('%s_put(%s);' % (S.name, v))
    b.s('return 0;')
    return finish(u, fn, b)


def pat_lockless(u, S):
    rng = u.rng
    wl = S.write_locks()
    if not wl:
        return None
    lname = rng.choice(wl)
    fn = Fn(u.sname('%s_%s' % (rng.choice(VERBS['lockless']), S.short)), 'int', [obj_param(S), ARG],
            S.name, acquires={lname})
    b = Body()
    v = S.var
    if S.flags and rng.random() < 0.6:
        bit = '%s_F_%s' % (S.short.upper(), rng.choice(['BUSY', 'DIRTY', 'FROZEN']))
        b.s('if (test_and_set_bit(%s, &%s->%s))' % (bit, v, S.flags))
        b.s('\treturn -EBUSY;')
        lk = Locker(u, b, S, v, lname, 'w', {})
        lk.lock()
        write_stmts(u, b, S, v, lname, rng.randint(1, 2))
        lk.unlock()
        b.s('clear_bit(%s, &%s->%s);' % (bit, v, S.flags))
        b.s('return 0;')
        return finish(u, fn, b)
    fields = [(f, t) for f, t in S.guarded(lname)]
    if not fields:
        return None
    f, t = rng.choice(fields)
    b.s('/* racy fast-path check; re-checked under the lock */')
    b.s('if (!READ_ONCE(%s->%s))' % (v, f))
    b.s('\treturn 0;')
    b.blank()
    lk = Locker(u, b, S, v, lname, 'w', {})
    lk.lock()
    b.open('if (%s->%s)' % (v, f))
    write_stmts(u, b, S, v, lname, rng.randint(1, 2))
    b.close()
    lk.unlock()
    b.s('return 1;')
    return finish(u, fn, b)


def pat_recursive(u, S):
    rng = u.rng
    rl = [l for l, k in S.locks if k == 'rec']
    if not rl:
        return None
    lname = rl[0]
    v = S.var
    if S.name not in u.rec_wrappers:
        lk = Fn(u.sname('lock_%s_%s' % (S.short, lname.replace('_lock', ''))), 'void', [obj_param(S)],
                S.name, kind='nocall')
        ul = Fn(u.sname('unlock_%s_%s' % (S.short, lname.replace('_lock', ''))), 'void', [obj_param(S)],
                S.name, kind='nocall')
        for f, prim in ((lk, 'spin_lock_recursive'), (ul, 'spin_unlock_recursive')):
            b = Body()
            b.s('%s(&%s->%s);' % (prim, v, lname))
            f.called = True
            finish(u, f, b)
        u.rec_wrappers[S.name] = (lk, ul)
    lk, ul = u.rec_wrappers[S.name]
    inner = Fn(u.sname('%s_%s' % (rng.choice(VERBS['rec']), S.short)), 'int', [obj_param(S), ARG],
               S.name, acquires={lname})
    b = Body()
    b.s('%s(%s);' % (lk.name, v))
    write_stmts(u, b, S, v, lname, rng.randint(1, 2))
    b.s('%s(%s);' % (ul.name, v))
    b.s('return 0;')
    finish(u, inner, b)
    outer = Fn(u.sname('%s_%s_locked' % (rng.choice(VERBS['rec']), S.short)), 'int',
               [obj_param(S), ARG], S.name, acquires={lname})
    b = Body()
    b.local('rc', 'int rc;')
    b.s('%s(%s);' % (lk.name, v))
    b.s('/* the nested call takes %s again: it is a recursive lock */' % lname)
    b.s('rc = %s(%s, arg);' % (inner.name, v))
    inner.called = True
    write_stmts(u, b, S, v, lname, 1)
    b.s('%s(%s);' % (ul.name, v))
    b.s('return rc;')
    return finish(u, outer, b)


def ensure_global(u):
    if u.global_state:
        return u.global_state
    rng = u.rng
    rw = rng.random() < 0.3
    st = dict(lock='%s_lock' % u.prefix, list='%s_entries' % u.prefix, ent='%s_entry' % u.prefix,
              count='%s_nr_entries' % u.prefix, rw=rw)
    lines = ['struct %s {' % st['ent'], '\tstruct list_head link;', '\tunsigned long key;',
             '\tunsigned int uses;', '\tbool stale;', '};', '',
             'static %s(%s);' % ('DEFINE_RWLOCK' if rw else 'DEFINE_SPINLOCK', st['lock']),
             'static LIST_HEAD(%s);' % st['list'],
             'static unsigned int %s; /* protected by %s */' % (st['count'], st['lock'])]
    u.toplevel.append((len(u.funcs), lines))
    u.global_state = st
    return st


def pat_global(u, S=None):
    rng = u.rng
    st = ensure_global(u)
    L = st['lock']
    acq_w, rel_w = ('write_lock(&%s);' % L, 'write_unlock(&%s);' % L) if st['rw'] else \
        ('spin_lock(&%s);' % L, 'spin_unlock(&%s);' % L)
    acq_r, rel_r = ('read_lock(&%s);' % L, 'read_unlock(&%s);' % L) if st['rw'] else (acq_w, rel_w)
    have = {f.name.split('_')[-1] for f in u.funcs if f.prim is None}
    kind = rng.choice([k for k in ('add', 'lookup', 'flush') if k not in have] or ['lookup'])
    ent = st['ent']
    b = Body()
    if kind == 'add':
        fn = Fn(u.sname('%s_entry_add' % u.prefix), 'int', [ARG], None, acquires={'<global>'})
        b.local('ent', 'struct %s *ent = xzalloc(struct %s);' % (ent, ent))
        b.s('if (ent == NULL)')
        b.s('\treturn -ENOMEM;')
        b.s('ent->key = arg;')
        b.blank()
        b.s(acq_w)
        b.s('list_add_tail(&ent->link, &%s);' % st['list'])
        b.s('%s++;' % st['count'])
        b.s(rel_w)
        b.s('return 0;')
    elif kind == 'lookup':
        fn = Fn(u.sname('%s_entry_lookup' % u.prefix), 'bool', [ARG], None, acquires={'<global>'})
        b.local('ent', 'struct %s *ent;' % ent)
        b.local('hit', 'bool hit = false;')
        b.s(acq_r)
        b.open('list_for_each_entry(ent, &%s, link)' % st['list'])
        b.open('if (ent->key == arg && !ent->stale)')
        if not st['rw']:
            b.s('ent->uses++;')
        b.s('hit = true;')
        b.s('break;')
        b.close()
        b.close()
        b.s(rel_r)
        b.s('return hit;')
    else:
        fn = Fn(u.sname('%s_entries_flush' % u.prefix), 'int', [ARG], None, acquires={'<global>'})
        b.local('ent', 'struct %s *ent, *tmp;' % ent)
        b.local('n', 'int n = 0;')
        b.s(acq_w)
        b.open('list_for_each_entry_safe(ent, tmp, &%s, link)' % st['list'])
        b.open('if (ent->stale || ent->uses < arg)')
        b.s('list_del(&ent->link);')
        b.s('xfree(ent);')
        b.s('%s--;' % st['count'])
        b.s('n++;')
        b.close()
        b.close()
        b.s(rel_w)
        b.s('return n;')
    return finish(u, fn, b)


def pat_percpu(u, S):
    rng = u.rng
    if not u.has_percpu:
        return None
    if u.percpu_var is None:
        u.percpu_var = '%s_hits' % u.prefix
        u.toplevel.append((len(u.funcs), ['static DEFINE_PER_CPU(unsigned long, %s);' % u.percpu_var]))
    wl = S.write_locks()
    lname = rng.choice(wl)
    fn = Fn(u.sname('count_%s_%s' % (S.short, u.stem)), 'void', [obj_param(S), ARG], S.name,
            acquires={lname})
    b = Body()
    v = S.var
    fl = b.flags_var()
    b.s('local_irq_save(%s);' % fl)
    b.s('this_cpu(%s) += %d;' % (u.percpu_var, small(rng)))
    if S.kind[lname] in ('spin', 'irq'):
        b.s('spin_lock(&%s->%s);' % (v, lname))
        write_stmts(u, b, S, v, lname, 1)
        b.s('spin_unlock(&%s->%s);' % (v, lname))
    b.s('local_irq_restore(%s);' % fl)
    return finish(u, fn, b)


PATTERNS = [
    (pat_update, 10), (pat_getter, 4), (pat_trylock, 4), (pat_goto, 6), (pat_find, 6),
    (pat_reap, 3), (pat_insert, 4), (pat_precond, 7), (pat_caller, 10), (pat_rw_sum, 3),
    (pat_rw_upgrade, 2), (pat_cond, 3), (pat_loop, 3), (pat_switch, 3), (pat_two, 3),
    (pat_ops_call, 4), (pat_ops_impl, 2), (pat_api_calls, 7), (pat_ref, 2), (pat_lockless, 3),
    (pat_recursive, 4), (pat_global, 2), (pat_percpu, 1),
]


def gen_api_def(u, f):
    S = STRUCTS[f.prim]
    how, lname = f.api
    if how == 'acquires':
        if u.rng.random() < 0.5:
            fn = pat_update(u, S, name=f.name, static=False, lock=lname, ret='int', allow_bug=False)
        else:
            fn = pat_goto_api(u, S, f.name, lname)
    elif how == 'requires':
        fn = pat_precond(u, S, name=f.name, static=False, lock=lname, ret='int')
    else:
        fn = gen_destroy(u, S, f.name)
    u.names.add(f.name)
    return fn


def pat_goto_api(u, S, name, lname):
    rng = u.rng
    fn = Fn(name, 'int', [obj_param(S), ARG], S.name, False, acquires={lname})
    b = Body()
    v = S.var
    b.local('rc', 'int rc = -EINVAL;')
    lk = Locker(u, b, S, v, lname, 'w', {})
    lk.lock()
    c = read_cond(u, S, v, lname) or 'arg == 0'
    b.s('if (%s)' % c)
    b.s('\tgoto out;')
    write_stmts(u, b, S, v, lname, rng.randint(1, 3))
    b.s('rc = 0;')
    b.label('out')
    lk.unlock()
    b.s('return rc;')
    return finish(u, fn, b)


def gen_destroy(u, S, name):
    fn = Fn(name, 'void', [obj_param(S)], S.name, False, acquires={l for l, _ in S.locks})
    b = Body()
    v = S.var
    for lname, En, member, g, count in S.lists:
        E = STRUCTS[En]
        e = E.var if E.var != v else 'e'
        b.local(e, 'struct %s *%s, *%s_next;' % (En, e, e))
        lk = Locker(u, b, S, v, g, 'w', {})
        lk.lock()
        b.open('list_for_each_entry_safe(%s, %s_next, &%s->%s, %s)' % (e, e, v, lname, member))
        b.s('list_del(&%s->%s);' % (e, member))
        b.s('xfree(%s);' % e)
        b.close()
        if count:
            b.s('%s->%s = 0;' % (v, count))
        lk.unlock()
    b.s('xfree(%s);' % v)
    return finish(u, fn, b)


def gen_dispatch(u, S, fns):
    """Exported entry point that reaches every remaining static function."""
    rng = u.rng
    v = S.var if S else None
    if S:
        fn = Fn(u.sname('%s_ctl' % S.short, False), 'int',
                [obj_param(S), ('unsigned int', 'cmd', 'cmd'), ARG], S.name, False)
    else:
        fn = Fn(u.sname('ctl', False), 'int', [('unsigned int', 'cmd', 'cmd'), ARG], None, False)
    b = Body()
    b.local('rc', 'int rc = 0;')
    b.s('switch (cmd) {')
    for i, f in enumerate(fns):
        b.s('case %d:' % i)
        b.ind += 1
        held = {}
        lockers = []
        if f.requires and S:
            for l in sorted(f.requires, key=lambda l: S.lockidx[l]):
                lk = Locker(u, b, S, v, l, f.requires[l], held, nested=bool(lockers))
                lk.lock()
                lockers.append(lk)
        emit_call(u, b, f, v, held)
        for lk in reversed(lockers):
            lk.unlock()
        b.s('break;')
        b.ind -= 1
    b.s('default:')
    b.s('\trc = -EINVAL;')
    b.s('\tbreak;')
    b.s('}')
    b.s('return rc;')
    return finish(u, fn, b)


def render_unit(u, seed):
    out = ['/*',
           ' * %s - %s, unit %d.' % (u.path, u.sub['doc'], u.k),
           ' * Generated by bench/gen_corpus.py (seed %s); synthetic code for the' % seed,
           ' * LockAudit benchmark, not taken from any project.',
           ' */']
    for inc in u.includes:
        out.append('#include <%s>' % inc)
    out.append('')
    tops = {}
    for pos, lines in u.toplevel:
        tops.setdefault(pos, []).append(lines)
    for i, f in enumerate(u.funcs):
        for lines in tops.get(i, []):
            out += lines
            out.append('')
        out += f.lines
        out.append('')
    for lines in tops.get(len(u.funcs), []):
        out += lines
        out.append('')
    return '\n'.join(out).rstrip('\n') + '\n'


def unit_lines(u):
    return 6 + len(u.includes) + sum(len(f.lines) + 1 for f in u.funcs) + \
        sum(len(l) + 1 for _, l in u.toplevel)


def gen_unit(k, n_units, seed, headers, api_owner, bug_rate):
    u = Unit(k, n_units, seed, headers, api_owner, bug_rate)
    rng = u.rng
    # a file works on its own subsystem's objects plus one or two others
    own = [S for S in u.prims if S.subsys == u.sub['name']]
    others = [S for S in u.prims if S.subsys != u.sub['name']]
    others = rng.sample(others, min(len(others), rng.choice([1, 1, 2])))
    target = rng.randint(150, 260)
    max_f = 30 - len(u.my_apis) - 3
    n_api_at = rng.randint(0, 4)
    steps = 0
    while True:
        nf = len(u.funcs)
        est = unit_lines(u)
        if nf >= max_f or (est >= target and nf >= 9) or est >= 300:
            break
        steps += 1
        if steps > 200:
            break
        if nf == n_api_at and u.my_apis:
            for f in u.my_apis:
                gen_api_def(u, f)
            u.apis_emitted = True
        S = rng.choice(own) if (own and (not others or rng.random() < 0.7)) else rng.choice(others)
        pats = [(p, w) for p, w in PATTERNS]
        tot = sum(w for _, w in pats)
        x = rng.random() * tot
        for p, w in pats:
            x -= w
            if x <= 0:
                break
        p(u, S)
    if u.my_apis and not getattr(u, 'apis_emitted', False):
        for f in u.my_apis:
            gen_api_def(u, f)
    # exported dispatchers reaching every uncalled static function
    pending = {}
    for f in u.funcs:
        if f.static and not f.called and f.kind == 'func':
            pending.setdefault(f.prim, []).append(f)
    for prim, fns in sorted(pending.items(), key=lambda kv: kv[0] or ''):
        gen_dispatch(u, STRUCTS[prim] if prim else None, fns)
    return u


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

def build_headers(seed):
    headers = {}
    for name, text in CORE_HEADERS.items():
        incs = re.findall(r'^#include <([^>]+)>', text, re.M)
        headers[name] = dict(text=text, includes=incs, funcs=[], apis=[])
    for sub in SUBSYSTEMS:
        text, funcs, apis = gen_subsys_header(sub, seed)
        incs = re.findall(r'^#include <([^>]+)>', text, re.M)
        headers[sub['name'] + '.h'] = dict(text=text, includes=incs, funcs=funcs, apis=apis)
    return headers


def assign_apis(headers, n_units):
    """Each extern API function is defined by exactly one unit of its subsystem."""
    owner = {}
    nsub = len(SUBSYSTEMS)
    for si, sub in enumerate(SUBSYSTEMS):
        units = list(range(si, n_units, nsub))
        if not units:
            continue
        for j, f in enumerate(headers[sub['name'] + '.h']['apis']):
            owner.setdefault(units[j % len(units)], []).append(f)
    return owner


def generator_digest():
    with open(os.path.abspath(__file__), 'rb') as fh:
        return hashlib.sha256(fh.read()).hexdigest()[:16]


def write_file(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', newline='\n') as fh:
        fh.write(text)


def generate(n_units, out, seed, bug_rate):
    out = os.path.abspath(out)
    os.makedirs(out, exist_ok=True)
    headers = build_headers(seed)
    for name, h in headers.items():
        write_file(os.path.join(out, 'include', name), h['text'])
    owner = assign_apis(headers, n_units)
    files = []
    defects = []
    nfuncs = 0
    for k in range(n_units):
        u = gen_unit(k, n_units, seed, headers, owner, bug_rate)
        write_file(os.path.join(out, u.path), render_unit(u, seed))
        files.append(u.path)
        defects += u.defects
        nfuncs += len(u.funcs)
    cc = []
    for p in files:
        obj = p[:-2] + '.o'
        cc.append({'directory': out, 'file': p,
                   'arguments': ['gcc', '-Iinclude', '-std=gnu11', '-c', '-o', obj, p],
                   'output': obj})
    write_file(os.path.join(out, 'compile_commands.json'), json.dumps(cc, indent=1) + '\n')
    manifest = {'generator': 'bench/gen_corpus.py', 'version': GEN_VERSION,
                'generator_digest': generator_digest(), 'seed': seed, 'units': n_units,
                'bug_rate': bug_rate, 'functions': nfuncs,
                'headers': sorted('include/' + h for h in headers), 'files': files,
                'seeded_defects': defects, 'edits': []}
    write_file(os.path.join(out, 'MANIFEST.json'), json.dumps(manifest, indent=1) + '\n')
    return manifest


FUNC_START = re.compile(r'^(?:static\s+)?[A-Za-z_][\w\s\*]*?\b([A-Za-z_]\w*)\s*\([^;]*\)\s*$')


def find_functions(lines):
    """(name, open_brace_idx, close_brace_idx) of top-level function definitions."""
    out = []
    i = 0
    while i < len(lines) - 1:
        m = FUNC_START.match(lines[i])
        if m and lines[i + 1] == '{':
            j = i + 2
            while j < len(lines) and lines[j] != '}':
                j += 1
            out.append((m.group(1), i + 1, j))
            i = j
        i += 1
    return out


EDIT_RE = re.compile(r'^(\t+.*[^=!<>]\s)(\+=|-=)\s(\d+);$')


def edit_unit(out, k, seed):
    """Rewrite one statement of one function of unit k in place; return its path."""
    out = os.path.abspath(out)
    mpath = os.path.join(out, 'MANIFEST.json')
    manifest = None
    if os.path.exists(mpath):
        with open(mpath) as fh:
            manifest = json.load(fh)
        files = manifest['files']
        if not 0 <= k < len(files):
            raise SystemExit('unit %d out of range (corpus has %d units)' % (k, len(files)))
        rel = files[k]
    else:
        import glob
        hits = glob.glob(os.path.join(out, '*', '*', '*_%04d.c' % k))
        if not hits:
            raise SystemExit('unit %d not found under %s' % (k, out))
        rel = os.path.relpath(hits[0], out)
    path = os.path.join(out, rel)
    with open(path) as fh:
        lines = fh.read().split('\n')
    n_prev = len([e for e in (manifest or {}).get('edits', []) if e.get('unit') == k])
    rng = random.Random('%s/edit/%d/%d' % (seed, k, n_prev))
    funcs = find_functions(lines)
    if not funcs:
        raise SystemExit('no function found in %s' % path)
    editable = [(nm, a, z) for nm, a, z in funcs
                if any(EDIT_RE.match(lines[x]) for x in range(a + 1, z))]
    if editable:
        nm, a, z = rng.choice(editable)
        cands = [x for x in range(a + 1, z) if EDIT_RE.match(lines[x])]
        x = rng.choice(cands)
        m = EDIT_RE.match(lines[x])
        newn = int(m.group(3)) % 7 + 1
        if newn == int(m.group(3)):
            newn += 1
        before = lines[x]
        lines[x] = '%s%s %d;' % (m.group(1), m.group(2), newn)
        change = (before.strip(), lines[x].strip())
    else:
        nm, a, z = rng.choice(funcs)
        x = a + 1
        lines.insert(x, '\tbarrier();')
        change = ('', 'barrier();')
    with open(path, 'w', newline='\n') as fh:
        fh.write('\n'.join(lines))
    if manifest is not None:
        manifest.setdefault('edits', []).append(
            {'unit': k, 'file': rel, 'function': nm, 'line': x + 1, 'before': change[0],
             'after': change[1]})
        with open(mpath, 'w') as fh:
            fh.write(json.dumps(manifest, indent=1) + '\n')
    sys.stderr.write('edited %s: function %s, line %d: %r -> %r\n' % (rel, nm, x + 1, change[0], change[1]))
    return path


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--units', type=int, help='number of translation units (100..2000)')
    ap.add_argument('--out', required=True, help='output directory')
    ap.add_argument('--seed', default='1', help='random seed (default 1)')
    ap.add_argument('--bug-rate', type=float, default=0.02,
                    help='probability that a pattern seeds a lock defect (default 0.02)')
    ap.add_argument('--edit', type=int, metavar='K',
                    help='rewrite one function body of unit K in place and print its path')
    args = ap.parse_args(argv)
    if args.edit is not None:
        print(edit_unit(args.out, args.edit, args.seed))
        return 0
    if args.units is None:
        ap.error('--units is required unless --edit is given')
    if args.units < 1 or args.units > 100000:
        ap.error('--units out of range')
    if not 100 <= args.units <= 2000:
        sys.stderr.write('note: %d units is outside the intended 100..2000 range\n' % args.units)
    m = generate(args.units, args.out, args.seed, args.bug_rate)
    sys.stderr.write('generated %d units, %d functions, %d seeded defects in %s\n'
                     % (m['units'], m['functions'], len(m['seeded_defects']), os.path.abspath(args.out)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
