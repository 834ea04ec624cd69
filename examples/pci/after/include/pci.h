/*
 * pci.h - PCI segments, devices and MSI descriptors.
 *
 * Locking after the split (outermost first; nothing nests the other way):
 *   _pcidevs_lock (pcidevs_lock())  ownership: pci_dev.domain, domain.iommu_*
 *   pci_seg.alldevs_lock            pci_seg.alldevs_list, pci_dev.alldevs_list
 *   domain.pdevs_lock               domain.pdev_list, pci_dev.domain_list
 *   pci_dev.lock                    msi_list, quarantine, phantom_stride, fault
 *   iommu.ats_lock                  iommu.ats_list, pci_dev.ats
 *   iommu.register_lock             the unit's registers (innermost)
 * Lifetime: pci_get_pdev() returns a counted reference (pcidev_put()).
 */
#ifndef MODEL_PCI_H
#define MODEL_PCI_H

#include <list.h>
#include <spinlock.h>
#include <sched.h>

#define PCI_SLOT(devfn)		(((devfn) >> 3) & 0x1f)
#define PCI_FUNC(devfn)		((devfn) & 0x07)

/* assign_device() flags: phantom function stride, quarantine on release. */
#define PT_ASSIGN_STRIDE(f)	((f) & 0x7)
#define PT_ASSIGN_QUARANTINE	0x100

/* A device faulting this often (the count decays) stays in quarantine. */
#define PT_FAULT_THRESHOLD	8
#define PT_FAULT_WINDOW		MILLISECS(10)

struct iommu;

struct pci_seg {
	struct list_head list;		/* on pci_segments (pci_seg_lock) */
	u16 nr;
	struct iommu *iommu;		/* remapping unit of the segment */
	struct list_head alldevs_list;	/* every device on the segment */
	spinlock_t alldevs_lock;	/* guards the list above */
};

struct pci_dev {
	struct list_head alldevs_list;	/* on pci_seg.alldevs_list */
	struct list_head domain_list;	/* on the owner's domain.pdev_list */
	struct list_head msi_list;	/* struct msi_desc.list */
	struct domain *domain;		/* owner (NULL: quarantined); pcidevs */
	struct iommu *iommu;		/* immutable, like seg/bus/devfn */
	u16 seg;
	u8 bus;
	u8 devfn;
	bool quarantine;		/* block DMA on release, don't return */
	u8 phantom_stride;		/* phantom functions: devfn + n*stride */
	struct {
		unsigned int count;	/* decaying fault counter */
		s_time_t time;		/* time of the last fault */
	} fault;
	struct pci_dev_ats {
		bool enabled;
		struct list_head list;	/* on iommu.ats_list */
	} ats;
	spinlock_t lock;		/* per-device state, see above */
	unsigned int refcnt;		/* atomic; the segment list holds one */
};

struct msi_desc {
	struct list_head list;		/* on pci_dev.msi_list */
	unsigned int irq;
};

/* Take a reference on pdev; the caller already holds one or a list lock. */
static inline void pcidev_get(struct pci_dev *pdev)
{
	__atomic_add_fetch(&pdev->refcnt, 1, __ATOMIC_RELAXED);
}

void pci_free_pdev(struct pci_dev *pdev);

/* Drop a reference; the last one frees the (already unpublished) device. */
static inline void pcidev_put(struct pci_dev *pdev)
{
	if (__atomic_sub_fetch(&pdev->refcnt, 1, __ATOMIC_ACQ_REL) == 0)
		pci_free_pdev(pdev);
}

void pcidevs_lock(void);
void pcidevs_unlock(void);
bool pcidevs_locked(void);

struct pci_seg *pci_get_pseg(u16 nr);
int pci_add_segment(u16 nr, struct iommu *iommu);
struct pci_dev *pci_get_pdev(u16 seg, u8 bus, u8 devfn);
int pci_add_device(u16 seg, u8 bus, u8 devfn);
int pci_remove_device(u16 seg, u8 bus, u8 devfn);
void pci_hotplug_event(u16 seg, u8 bus, u8 devfn, bool insert);

int assign_device(struct domain *d, u16 seg, u8 bus, u8 devfn,
		  unsigned int flags);
int deassign_device(struct domain *d, u16 seg, u8 bus, u8 devfn);
int pci_release_devices(struct domain *d);
void pt_domctl_account(unsigned int op);
void pt_dump_domctl_stats(void);

void msi_free_all(struct pci_dev *pdev);
int pci_enable_msi(u16 seg, u8 bus, u8 devfn, unsigned int irq);
int pci_disable_msi(u16 seg, u8 bus, u8 devfn);
void pci_msi_flr_reset(struct pci_dev *pdev);

#endif /* MODEL_PCI_H */
