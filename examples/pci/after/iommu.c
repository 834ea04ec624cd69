/*
 * iommu.c - vendor-neutral IOMMU code: unit discovery, device-TLB
 * invalidation and PCIe ATS (Address Translation Services) bookkeeping.
 */
#include <iommu.h>

/* Create the unit of segment seg; initialise it fully, then publish it. */
struct iommu *iommu_alloc(u16 seg, volatile void *mmio,
			  const struct iommu_ops *ops)
{
	struct iommu *iommu = xzalloc(struct iommu);

	if (!iommu)
		return NULL;
	iommu->seg = seg;
	iommu->mmio = mmio;
	iommu->ops = ops;
	iommu->ats_capable = !!(iommu_readl(iommu, IOMMU_REG_ECAP) &
				IOMMU_ECAP_DT);
	spin_lock_init(&iommu->register_lock);
	spin_lock_init(&iommu->ats_lock);
	INIT_LIST_HEAD(&iommu->ats_list);

	if (pci_add_segment(seg, iommu)) {
		xfree(iommu);
		return NULL;
	}
	return iommu;
}

/* The unit translating segment seg, if any.  Units are never freed. */
struct iommu *iommu_find(u16 seg)
{
	struct pci_seg *pseg = pci_get_pseg(seg);

	return pseg ? pseg->iommu : NULL;
}

/*
 * Invalidate the device-side IOTLB of each ATS device behind iommu, e.g.
 * after a context entry changed.  iommu->ats_lock guards the ATS list.
 */
void iommu_flush_dev_iotlb(struct iommu *iommu)
{
	struct pci_dev *pdev;
	unsigned long flags;

	spin_lock(&iommu->ats_lock);
	list_for_each_entry(pdev, &iommu->ats_list, ats.list) {
		spin_lock_irqsave(&iommu->register_lock, flags);
		iommu_writel(iommu, IOMMU_REG_DEVTLB_INV,
			     IOMMU_SID(pdev->bus, pdev->devfn) | IOMMU_CMD_BUSY);
		while (iommu_readl(iommu, IOMMU_REG_DEVTLB_INV) & IOMMU_CMD_BUSY)
			cpu_relax();
		spin_unlock_irqrestore(&iommu->register_lock, flags);
	}
	spin_unlock(&iommu->ats_lock);
}

/* Turn ATS on for pdev and start flushing its IOTLB. */
int enable_ats_device(struct pci_dev *pdev)
{
	struct iommu *iommu = pdev->iommu;

	if (!iommu->ats_capable)
		return -ENODEV;
	spin_lock(&iommu->ats_lock);
	if (!pdev->ats.enabled) {
		pdev->ats.enabled = true;
		list_add(&pdev->ats.list, &iommu->ats_list);
	}
	spin_unlock(&iommu->ats_lock);
	return 0;
}

/* Turn ATS off for pdev, if it is on. */
void disable_ats_device(struct pci_dev *pdev)
{
	struct iommu *iommu = pdev->iommu;

	spin_lock(&iommu->ats_lock);
	if (pdev->ats.enabled) {
		list_del(&pdev->ats.list);
		pdev->ats.enabled = false;
	}
	spin_unlock(&iommu->ats_lock);
}

/* Request from the hardware domain to enable ATS on a device. */
int pci_ats_enable(u16 seg, u8 bus, u8 devfn)
{
	struct iommu *iommu = iommu_find(seg);
	struct pci_dev *pdev;
	int rc;

	if (!iommu || !iommu->ats_capable)
		return -ENODEV;

	pdev = pci_get_pdev(seg, bus, devfn);
	if (!pdev)
		return -ENODEV;
	rc = enable_ats_device(pdev);
	pcidev_put(pdev);
	return rc;
}
