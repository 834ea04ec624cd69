/*
 * sched.h - the parts of struct domain that pass-through uses.
 */
#ifndef MODEL_SCHED_H
#define MODEL_SCHED_H

#include <list.h>
#include <spinlock.h>

struct iommu_ops;

struct domain {
	unsigned int domain_id;			/* immutable */
	struct list_head pdev_list;		/* devices owned by the domain */
	spinlock_t pdevs_lock;			/* unused before the split */
	const struct iommu_ops *iommu_ops;	/* set on first assignment */
	void *iommu_pgd;			/* IOMMU page-table root */
};

/* Owner of every device that is not assigned to a guest. */
extern struct domain *hardware_domain;

#endif /* MODEL_SCHED_H */
